"""Runs the interactive examples in docstrings and reports those whose output
differs, in CPython's format: testmod() for a module, run_docstring_examples()
for one object. Supports the ELLIPSIS, NORMALIZE_WHITESPACE and
IGNORE_EXCEPTION_DETAIL options, inline or passed as optionflags."""

import re
import sys
import traceback
from collections import namedtuple

__all__ = ['testmod', 'run_docstring_examples', 'TestResults', 'ELLIPSIS',
           'NORMALIZE_WHITESPACE', 'IGNORE_EXCEPTION_DETAIL', 'DONT_ACCEPT_BLANKLINE']

TestResults = namedtuple('TestResults', 'failed attempted')

DONT_ACCEPT_TRUE_FOR_1 = 1
DONT_ACCEPT_BLANKLINE = 2
NORMALIZE_WHITESPACE = 4
ELLIPSIS = 8
SKIP = 16
IGNORE_EXCEPTION_DETAIL = 32
_OPTIONS = {'DONT_ACCEPT_TRUE_FOR_1': 1, 'DONT_ACCEPT_BLANKLINE': 2,
            'NORMALIZE_WHITESPACE': 4, 'ELLIPSIS': 8, 'SKIP': 16,
            'IGNORE_EXCEPTION_DETAIL': 32}

_DIVIDER = '*' * 70


class Example:
    def __init__(self, source, want, exc_msg, lineno, indent, options):
        self.source = source
        self.want = want
        self.exc_msg = exc_msg
        self.lineno = lineno
        self.indent = indent
        self.options = options


_EXAMPLE_RE = re.compile(r'''
    # Source: a PS1 line and any PS2 lines after it.
    (?P<source>
        (?:^(?P<indent> [ ]*) >>>    .*)
        (?:\n           [ ]*  \.\.\. .*)*)
    \n?
    # Want: lines up to a blank line or the next PS1 line.
    (?P<want> (?:(?![ ]*$)
                 (?![ ]*>>>)
                 .+$\n?
              )*)
    ''', re.MULTILINE | re.VERBOSE)

_EXCEPTION_RE = re.compile(r"""
    ^(?P<msg> Traceback\ \(
        (?: most\ recent\ call\ last
        |   innermost\ last
        ) \) :
    )
    \s* $
    (?P<stack> .*?)
    ^ (?P<exc> \w+ .*)
    """, re.VERBOSE | re.MULTILINE | re.DOTALL)

_OPTION_RE = re.compile(r'#\s*doctest:\s*([^\n\'"]*)$', re.MULTILINE)


def _parse(text):
    """The examples of a docstring, with their 0-based line numbers in it."""
    text = text.expandtabs()
    examples = []
    charno, lineno = 0, 0
    for m in _EXAMPLE_RE.finditer(text):
        lineno += text.count('\n', charno, m.start())
        indent = len(m.group('indent'))
        source_lines = m.group('source').split('\n')
        source = '\n'.join(line[indent + 4:] for line in source_lines)
        want_lines = m.group('want').split('\n')
        if len(want_lines) > 1 and re.match(r' *$', want_lines[-1]):
            del want_lines[-1]
        want = '\n'.join(line[indent:] for line in want_lines)
        if want:
            want += '\n'
        exc = _EXCEPTION_RE.match(want)
        exc_msg = exc.group('exc') if exc else None
        options = {}
        for om in _OPTION_RE.finditer(source):
            for option in om.group(1).replace(',', ' ').split():
                if option[0] in '+-' and option[1:] in _OPTIONS:
                    options[_OPTIONS[option[1:]]] = option[0] == '+'
        if not re.match(r'\s*#', source) and source.strip():
            examples.append(Example(source + '\n', want, exc_msg, lineno, indent, options))
        lineno += text.count('\n', m.start(), m.end())
        charno = m.end()
    return examples


def _check(want, got, flags):
    if got == want:
        return True
    if not flags & DONT_ACCEPT_BLANKLINE:
        want = re.sub(r'(?m)^<BLANKLINE>\s*?$', '', want)
        got = re.sub(r'(?m)^[^\S\n]+$', '', got)
        if got == want:
            return True
    if flags & NORMALIZE_WHITESPACE:
        got = ' '.join(got.split())
        want = ' '.join(want.split())
        if got == want:
            return True
    if flags & ELLIPSIS:
        return _ellipsis_match(want, got)
    return False


def _ellipsis_match(want, got):
    if '...' not in want:
        return want == got
    pieces = want.split('...')
    start, end = pieces[0], pieces[-1]
    if not got.startswith(start) or not got[len(start):].endswith(end):
        return False
    pos = len(start)
    stop = len(got) - len(end)
    for piece in pieces[1:-1]:
        found = got.find(piece, pos, stop)
        if found < 0:
            return False
        pos = found + len(piece)
    return pos <= stop


class _Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

    def getvalue(self):
        return ''.join(self.parts)


def _indent(s, n=4):
    return re.sub('(?m)^(?!$)', n * ' ', s)


class _Test:
    def __init__(self, name, docstring, globs, filename, lineno):
        self.name = name
        self.examples = _parse(docstring)
        self.globs = globs
        self.filename = filename
        self.lineno = lineno


def _run_test(test, verbose, optionflags, out):
    failures = 0
    for i, ex in enumerate(test.examples):
        flags = optionflags
        for flag, on in ex.options.items():
            flags = flags | flag if on else flags & ~flag
        if flags & SKIP:
            continue
        if verbose:
            out('Trying:\n' + _indent(ex.source))
            out(('Expecting:\n' + _indent(ex.want)) if ex.want else 'Expecting nothing\n')
        capture = _Capture()
        saved = sys.stdout
        sys.stdout = capture
        exc_text = None
        try:
            code = compile(ex.source, '<doctest %s[%d]>' % (test.name, i), 'single')
            exec(code, test.globs)
        except KeyboardInterrupt:
            raise
        except BaseException:
            exc_type, exc_value = sys.exc_info()[:2]
            exc_text = traceback.format_exception_only(exc_type, exc_value)[-1]
        finally:
            sys.stdout = saved
        got = capture.getvalue()
        if exc_text is None:
            ok = _check(ex.want, got, flags)
        elif ex.exc_msg is None:
            ok = False
        else:
            if flags & IGNORE_EXCEPTION_DETAIL:
                # Only the exception's class name counts, without module or message.
                def bare(msg):
                    return msg.split(':')[0].split('.')[-1].strip()
                ok = bare(ex.exc_msg) == bare(exc_text)
            else:
                ok = _check(ex.exc_msg, exc_text, flags)
        if ok:
            if verbose:
                out('ok\n')
            continue
        failures += 1
        lineno = test.lineno + ex.lineno + 1 if test.lineno is not None else '?'
        report = [_DIVIDER, 'File "%s", line %s, in %s' % (test.filename, lineno, test.name),
                  'Failed example:', _indent(ex.source).rstrip('\n')]
        if exc_text is not None and ex.exc_msg is None:
            report.append('Exception raised:')
            report.append(_indent(_exception_report(exc_text)).rstrip('\n'))
        else:
            if ex.want:
                report.append('Expected:\n' + _indent(ex.want).rstrip('\n'))
            else:
                report.append('Expected nothing')
            shown = got if exc_text is None else exc_text
            if shown:
                report.append('Got:\n' + _indent(shown).rstrip('\n'))
            else:
                report.append('Got nothing')
        out('\n'.join(report) + '\n')
    return failures


def _exception_report(exc_text):
    # CPython shows the whole traceback, whose frames are its own doctest.py's; the
    # stack is elided here and only the exception line kept.
    return 'Traceback (most recent call last):\n  ...\n' + exc_text


def _source_lines(filename):
    try:
        with open(filename) as f:
            return f.read().splitlines(True)
    except (OSError, TypeError):
        return None


def _find_lineno(obj, source_lines):
    """The 0-based line where `obj`'s docstring opens, found as CPython's finder does."""
    if type(obj).__name__ == 'module':
        return 0
    while hasattr(obj, '__wrapped__'):
        obj = obj.__wrapped__
    code = getattr(obj, '__code__', None)
    if isinstance(obj, type):
        if source_lines is None:
            return None
        pat = re.compile(r'^\s*class\s*%s\b' % obj.__name__)
        lineno = next((i for i, line in enumerate(source_lines) if pat.match(line)), None)
    elif code is not None:
        lineno = code.co_firstlineno - 1
    else:
        return None
    if lineno is None or source_lines is None:
        return lineno
    pat = re.compile(r'(^|.*:)\s*\w*("|\')')
    for i in range(lineno, len(source_lines)):
        if pat.match(source_lines[i]):
            return i
    return None


def _unwrap(value):
    if isinstance(value, (staticmethod, classmethod)):
        return value.__func__
    return value


def _is_routine(value):
    """A function, also behind decorators that set __wrapped__ (lru_cache, wraps)."""
    while hasattr(value, '__wrapped__'):
        value = value.__wrapped__
    return hasattr(value, '__code__')


def _from_module(module, value):
    if isinstance(value, property):
        return True
    while hasattr(value, '__wrapped__'):
        value = value.__wrapped__
    if hasattr(value, '__globals__'):
        return value.__globals__ is vars(module)
    return getattr(value, '__module__', None) == module.__name__


def _find(obj, name, module, globs, filename, source_lines, tests, seen, exclude_empty):
    """A test for `obj` and, as CPython's DocTestFinder does, for the functions and
    classes of a module and the methods, properties and classes of a class."""
    if id(obj) in seen:
        return
    seen.add(id(obj))
    doc = obj.__dict__.get('__doc__') if isinstance(obj, type) else getattr(obj, '__doc__', None)
    if not isinstance(doc, str):
        doc = ''
    test = _Test(name, doc, dict(globs), filename,
                 _find_lineno(obj, source_lines) if doc else None)
    if test.examples or not exclude_empty:
        tests.append(test)
    if isinstance(obj, type):
        for key, value in vars(obj).items():
            value = _unwrap(value)
            if ((_is_routine(value) or isinstance(value, (type, property)))
                    and _from_module(module, value)):
                _find(value, '%s.%s' % (name, key), module, globs, filename, source_lines,
                      tests, seen, exclude_empty)
    elif obj is module:
        for key, value in vars(obj).get('__test__', {}).items():
            full = '%s.__test__.%s' % (name, key)
            if isinstance(value, str):
                tests.append(_Test(full, value, dict(globs), filename, None))
            else:
                _find(value, full, module, globs, filename, source_lines, tests, seen,
                      exclude_empty)
        for key, value in list(vars(obj).items()):
            if ((_is_routine(value) or isinstance(value, type))
                    and _from_module(module, value)):
                _find(value, '%s.%s' % (name, key), module, globs, filename, source_lines,
                      tests, seen, exclude_empty)


def _summarize(tests, results, verbose, out):
    notests = [t.name for t in tests if not t.examples]
    passed = [(t.name, len(t.examples)) for t, f in results if f == 0]
    failed = [(t.name, len(t.examples), f) for t, f in results if f]
    total_tries = sum(len(t.examples) for t, _ in results)
    total_fails = sum(f for _, f in results)
    if verbose:
        if notests:
            out('%d items had no tests:\n' % len(notests))
            for name in sorted(notests):
                out('    %s\n' % name)
        if passed:
            out('%d items passed all tests:\n' % len(passed))
            for name, count in sorted(passed):
                out(' %3d tests in %s\n' % (count, name))
    if failed:
        out(_DIVIDER + '\n')
        out('%d items had failures:\n' % len(failed))
        for name, count, f in sorted(failed):
            out(' %3d of %3d in %s\n' % (f, count, name))
    if verbose:
        out('%d tests in %d items.\n' % (total_tries, len(tests)))
        out('%d passed and %d failed.\n' % (total_tries - total_fails, total_fails))
    if total_fails:
        out('***Test Failed*** %d failures.\n' % total_fails)
    elif verbose:
        out('Test passed.\n')
    return TestResults(total_fails, total_tries)


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    if m is None:
        m = sys.modules.get('__main__')
    if verbose is None:
        verbose = '-v' in sys.argv
    if name is None:
        name = m.__name__
    globs = dict(m.__dict__ if globs is None else globs)
    if extraglobs:
        globs.update(extraglobs)
    filename = getattr(m, '__file__', None) or name
    source_lines = _source_lines(filename)
    found = []
    _find(m, name, m, globs, filename, source_lines, found, set(), exclude_empty)
    found.sort(key=lambda t: t.name)
    out = sys.stdout.write
    results = [(t, _run_test(t, verbose, optionflags, out)) for t in found if t.examples]
    if not report:
        return TestResults(sum(f for _, f in results), sum(len(t.examples) for t, _ in results))
    return _summarize(found, results, verbose, out)


def run_docstring_examples(f, globs, verbose=False, name='NoName', compileflags=None,
                           optionflags=0):
    doc = getattr(f, '__doc__', None) or ''
    test = _Test(name, doc, dict(globs), getattr(f, '__globals__', {}).get('__file__', name),
                 None)
    _run_test(test, verbose, optionflags, sys.stdout.write)
