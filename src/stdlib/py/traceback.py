"""Printing and formatting exceptions as the interpreter reports them:
print_exc, format_exc, print_exception, format_exception,
format_exception_only, print_tb, format_tb and extract_tb; and the frames
of the current stack: extract_stack, format_stack, print_stack, format_list.

Tracebacks carry tb_lineno and tb_next but tb_frame is None."""

import sys
from _traceback import entries as _entries, format as _format, format_tb as _format_tb
from _traceback import format_only as _format_only
from _traceback import stack_entries as _stack_entries

__all__ = ['format_exc', 'format_exception', 'format_exception_only',
           'format_tb', 'print_exc', 'print_exception', 'print_tb',
           'extract_tb', 'extract_stack', 'format_stack', 'print_stack',
           'format_list', 'print_list', 'FrameSummary', 'StackSummary']

_sentinel = object()


def _exception(exc, value):
    # format_exception(exc) or, as before 3.10, format_exception(type, value, tb).
    return exc if value is _sentinel else value


def _report(exc):
    if exc is None:
        return 'NoneType: None\n'
    return _format(exc)


_SEPARATORS = (
    '\nThe above exception was the direct cause of the following exception:\n\n',
    '\nDuring handling of the above exception, another exception occurred:\n\n',
)


def _drop_last_traceback(text):
    """The report without the traceback of the last exception (the one asked
    about, when it is given with tb=None); chained ones keep theirs."""
    start = max(text.rfind(sep) + len(sep) if sep in text else 0 for sep in _SEPARATORS)
    head, section = text[:start], text[start:]
    header = 'Traceback (most recent call last):\n'
    if section.startswith(header):
        lines = section[len(header):].splitlines(True)
        while lines and lines[0].startswith('  '):
            del lines[0]
        section = ''.join(lines)
    return head + section


def _chunks(text):
    """The report as format_exception's list: one item per header or message
    line, each 'File' line together with the source lines under it, and each
    chaining message with the blank lines around it."""
    items = []
    for line in text.splitlines(True):
        if line.startswith('    ') and items and items[-1].startswith('  File'):
            items[-1] += line
        else:
            items.append(line)
        if ''.join(items[-3:]) in _SEPARATORS:
            items[-3:] = [''.join(items[-3:])]
    return items


def _limited(items, limit):
    """`items` keeping, of each exception's traceback, the outermost `limit` entries
    (the innermost -limit for a negative one); a traceback left empty loses its
    header, as CPython's does."""
    if limit is None:
        return items
    out, run = [], []

    def flush():
        kept = run[:limit] if limit >= 0 else run[limit:]
        if not kept and out and out[-1] == 'Traceback (most recent call last):\n':
            out.pop()
        out.extend(kept)
        run.clear()

    for item in items:
        if item.startswith('  '):
            run.append(item)
        else:
            flush()
            out.append(item)
    flush()
    return out


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines printing the exception would write, chained exceptions first."""
    text = _report(_exception(exc, value))
    if tb is None:
        text = _drop_last_traceback(text)
    return _limited(_chunks(text), limit)


def format_exception_only(exc, /, value=_sentinel):
    """The final line(s) naming the exception and its message."""
    exc = _exception(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    return _format_only(exc).splitlines(True)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Prints the exception and its traceback to file (sys.stderr by default)."""
    if file is None:
        file = sys.stderr
    print(''.join(format_exception(exc, value, tb, limit)), end='', file=file)


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as one string."""
    return ''.join(_limited(_chunks(_report(sys.exc_info()[1])), limit))


def print_exc(limit=None, file=None, chain=True):
    """Prints the exception being handled, as an uncaught one would be."""
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def format_tb(tb, limit=None):
    """The 'File' entries of a traceback, outermost first."""
    return _limited(_chunks(_format_tb(tb)), limit)


def print_tb(tb, limit=None, file=None):
    """Prints the 'File' entries of a traceback to file (sys.stderr by default)."""
    if file is None:
        file = sys.stderr
    print(''.join(format_tb(tb, limit)), end='', file=file)


class FrameSummary:
    """One frame of a traceback: filename, lineno, name and the source line.
    Unpacks as (filename, lineno, name, line)."""

    __slots__ = ('filename', 'lineno', 'name', 'line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self.line = line
        self.locals = locals

    def _fields(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return self._fields() == other._fields() and self.locals == other.locals
        if isinstance(other, tuple):
            return self._fields() == other
        return NotImplemented

    def __getitem__(self, pos):
        return self._fields()[pos]

    def __iter__(self):
        return iter(self._fields())

    def __len__(self):
        return 4

    def __repr__(self):
        return f'<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>'


class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def from_list(cls, a_list):
        result = cls()
        for frame in a_list:
            if not isinstance(frame, FrameSummary):
                filename, lineno, name, line = frame
                frame = FrameSummary(filename, lineno, name, line=line)
            result.append(frame)
        return result

    def format(self):
        """One string per frame, with runs of the same line folded as in tracebacks."""
        result = []
        last = None
        count = 0
        for frame in self:
            key = (frame.filename, frame.lineno, frame.name)
            if key != last:
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeated(count - _RECURSIVE_CUTOFF))
                last = key
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            row = f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}\n'
            if frame.line:
                row += f'    {frame.line.strip()}\n'
            result.append(row)
        if count > _RECURSIVE_CUTOFF:
            result.append(_repeated(count - _RECURSIVE_CUTOFF))
        return result


_RECURSIVE_CUTOFF = 3


def _repeated(n):
    return f'  [Previous line repeated {n} more time{"s" if n > 1 else ""}]\n'


def extract_stack(f=None, limit=None):
    """The frames from f (the caller by default) outward, outermost first."""
    if f is None:
        f = sys._getframe().f_back
    return StackSummary.from_list(_stack_entries(f, limit))


def format_stack(f=None, limit=None):
    """The 'File' entries of the frames from f (the caller by default) outward."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit))


def print_stack(f=None, limit=None, file=None):
    """Prints the frames from f (the caller by default) outward."""
    if f is None:
        f = sys._getframe().f_back
    if file is None:
        file = sys.stderr
    print(''.join(format_stack(f, limit)), end='', file=file)


def format_list(extracted_list):
    """The 'File' entries of (filename, lineno, name, line) items."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in format_list(extracted_list):
        print(item, end='', file=file)


def extract_tb(tb, limit=None):
    """The frames of a traceback, outermost first, as a StackSummary."""
    if tb is None:
        return StackSummary()
    entries = _entries(tb)
    if limit is not None:
        entries = entries[:limit] if limit >= 0 else entries[limit:]
    return StackSummary.from_list(entries)
