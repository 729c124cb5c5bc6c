import io
import warnings


def emit(msg, cat=UserWarning):
    warnings.warn(msg, cat)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    emit('first')
    emit('first')
    emit('dep', DeprecationWarning)
    warnings.warn('direct', SyntaxWarning)
print(len(caught))
for w in caught:
    print(w.category.__name__, str(w.message), type(w.message).__name__, w.lineno, w.filename)
print(str(caught[0]))

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        emit('now an error')
    except UserWarning as e:
        print('raised', type(e).__name__, e)

with warnings.catch_warnings():
    warnings.filterwarnings('error', message='fatal')
    warnings.filterwarnings('ignore', message='quiet')
    emit('QUIET please')
    try:
        emit('Fatal thing')
    except UserWarning as e:
        print('raised', e)
    emit('neither')

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('ignore')
    warnings.simplefilter('always', RuntimeWarning)
    emit('ignored')
    emit('kept', RuntimeWarning)
    print([str(w.message) for w in caught])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('once')
    emit('once only')
    emit('once only')
    warnings.warn('once only')
    print(len(caught))

with warnings.catch_warnings(record=True) as caught:
    warnings.resetwarnings()
    print(warnings.filters)
    emit('default action')
    emit('default action')
    print(len(caught))

with warnings.catch_warnings(action='error', category=FutureWarning):
    try:
        emit('future', FutureWarning)
    except FutureWarning as e:
        print('raised', e)

shown = []


def collect(message, category, filename, lineno, file=None, line=None):
    shown.append((str(message), category.__name__, lineno))


with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.showwarning = collect
    emit('to collector')
print(shown, warnings.showwarning is collect)

buf = io.StringIO()
warnings.showwarning('shown on buffer', UserWarning, 'somewhere.py', 7, file=buf, line='x = 1')
print(repr(buf.getvalue()))
warnings.warn_explicit('explicit', UserWarning, 'fake.py', 42)
warnings.warn_explicit('explicit', UserWarning, 'fake.py', 42, registry={})

cw = warnings.catch_warnings(record=True)
print(cw)
cw.__enter__()
try:
    cw.__enter__()
except RuntimeError as e:
    print('RuntimeError:', e)
cw.__exit__(None, None, None)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print('RuntimeError:', e)
for bad in [lambda: warnings.simplefilter('sometimes'),
            lambda: warnings.filterwarnings('ignore', category=int),
            lambda: warnings.filterwarnings('ignore', message=3)]:
    try:
        bad()
    except AssertionError as e:
        print('AssertionError:', e)
m = warnings.WarningMessage('m', UserWarning, 'f.py', 1)
print(m, m.file, m.line)
warnings.simplefilter('error')
try:
    emit('caught at the end')
except UserWarning as e:
    print(repr(e), e.args)
