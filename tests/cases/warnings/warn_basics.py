import warnings


def old_api():
    warnings.warn('old_api is deprecated', DeprecationWarning, stacklevel=2)


def helper():
    warnings.warn('from helper')


warnings.warn('module level')
warnings.warn('module level')  # a second location: shown again
for i in range(3):
    warnings.warn('in a loop')  # shown once
helper()
helper()
old_api()
warnings.warn('explicit category', RuntimeWarning)
warnings.warn(UserWarning('an instance'))
warnings.warn('pending', PendingDeprecationWarning)
warnings.warn('deprecated here', DeprecationWarning)


class MyWarning(UserWarning):
    pass


warnings.warn('custom', MyWarning)
print(warnings.formatwarning('msg', UserWarning, 'file.py', 12, 'the line'), end='')
print(repr(warnings.formatwarning('msg', FutureWarning, 'file.py', 3, '')))
try:
    warnings.warn('bad', int)
except TypeError as e:
    print('TypeError:', e)
try:
    warnings.warn('bad', 'str')
except TypeError as e:
    print('TypeError:', e)
print(issubclass(DeprecationWarning, Warning), issubclass(UserWarning, Warning),
      issubclass(Warning, Exception), issubclass(BytesWarning, Warning))
print([f[0] for f in warnings.filters][:5])
print('done')
