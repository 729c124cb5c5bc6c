"""Pretty-printing: pprint, pformat, pp, saferepr and PrettyPrinter.

A value whose one-line repr fits the remaining width is written as it is.
Otherwise dicts, lists, tuples, sets and strings are split over lines, each
element indented under its container. Dicts are sorted by key unless
sort_dicts=False."""

import sys

__all__ = ['pprint', 'pformat', 'isreadable', 'isrecursive', 'saferepr',
           'PrettyPrinter', 'pp']


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Write object's pretty representation and a newline to stream (stdout)."""
    PrettyPrinter(indent, width, depth, stream, compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False,
            sort_dicts=True, underscore_numbers=False):
    """Return object's pretty representation."""
    printer = PrettyPrinter(indent, width, depth, compact=compact, sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    return printer.pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Like pprint(), but dicts keep their insertion order unless asked otherwise."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def _flat(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)


def saferepr(object):
    """repr(object), with a container inside itself shown as <Recursion on ...>."""
    return _flat(object)[0]


def isreadable(object):
    """Whether eval() could rebuild object from its repr."""
    return _flat(object)[1]


def isrecursive(object):
    """Whether object contains itself somewhere."""
    return _flat(object)[2]


class _Sortable:
    """Sort wrapper that never raises: values that cannot be compared are
    ordered by their type's name, then by identity."""

    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        try:
            return self.value < other.value
        except TypeError:
            mine = (str(type(self.value)), id(self.value))
            return mine < (str(type(other.value)), id(other.value))


def _item_order(item):
    return _Sortable(item[0]), _Sortable(item[1])


def _shows_as(cls, base):
    """Whether instances of cls print with base's own repr: no Python class
    between them overrides __repr__. Natively implemented subclasses (such
    as collections.Counter) count as having their own."""
    for klass in cls.__mro__:
        if klass is base:
            return True
        if '__repr__' in klass.__dict__ or '__module__' not in klass.__dict__:
            return False
    return False


def _recursion(object):
    return f'<Recursion on {type(object).__name__} with id={id(object)}>'


def _chunks(line):
    """Split line after every whitespace run, keeping the whitespace:
    'a b  c' gives ['a ', 'b  ', 'c']."""
    pieces = []
    word = ''
    for ch in line:
        if word and not ch.isspace() and word[-1].isspace():
            pieces.append(word)
            word = ''
        word += ch
    if word:
        pieces.append(word)
    return pieces


_SCALARS = (str, bytes, bytearray, float, complex, bool, type(None))


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._step = indent
        self._width = width
        self._depth = depth
        self._stream = sys.stdout if stream is None else stream
        self._compact = bool(compact)
        self._sorted = sort_dicts
        self._underscores = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._stream.write(self.pformat(object) + '\n')

    def pformat(self, object):
        out = []
        self._layout(object, out, 0, 0, {}, 0)
        return ''.join(out)

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """Return (repr, readable, recursive) for object; context holds the ids
        of the containers being shown. Subclasses override this to change
        how values are written."""
        return self._safe_repr(object, context, maxlevels, level)

    # Multi-line layout. `out` collects text; `indent` is the column the value
    # starts at and `allowance` the room kept for the closers that follow it.

    def _repr(self, object, context, level):
        return self.format(object, context.copy(), self._depth, level)[0]

    def _layout(self, object, out, indent, allowance, context, level):
        if id(object) in context:
            out.append(_recursion(object))
            return
        flat = self._repr(object, context, level)
        splitter = None
        if len(flat) > self._width - indent - allowance:
            splitter = self._splitter(object)
        if splitter is None:
            out.append(flat)
            return
        context[id(object)] = 1
        splitter(object, out, indent, allowance, context, level + 1)
        del context[id(object)]

    def _splitter(self, object):
        table = ((dict, self._split_dict), (list, self._split_list),
                 (tuple, self._split_tuple), (set, self._split_set),
                 (frozenset, self._split_set), (str, self._split_str))
        for base, splitter in table:
            if isinstance(object, base) and _shows_as(type(object), base):
                return splitter
        return None

    def _pad(self):
        return ' ' * (self._step - 1)

    def _dict_items(self, mapping):
        if self._sorted:
            return sorted(mapping.items(), key=_item_order)
        return list(mapping.items())

    def _split_dict(self, mapping, out, indent, allowance, context, level):
        out.append('{' + self._pad())
        items = self._dict_items(mapping)
        indent += self._step
        for n, (key, value) in enumerate(items, 1):
            shown = self._repr(key, context, level) + ': '
            out.append(shown)
            last = n == len(items)
            self._layout(value, out, indent + len(shown), allowance + 1 if last else 1,
                         context, level)
            if not last:
                out.append(',\n' + ' ' * indent)
        out.append('}')

    def _split_list(self, items, out, indent, allowance, context, level):
        self._enclose('[', items, ']', out, indent, allowance, context, level)

    def _split_tuple(self, items, out, indent, allowance, context, level):
        closer = ',)' if len(items) == 1 else ')'
        self._enclose('(', items, closer, out, indent, allowance, context, level)

    def _split_set(self, items, out, indent, allowance, context, level):
        if not items:
            out.append(repr(items))
            return
        ordered = sorted(items, key=_Sortable)
        if type(items) is set:
            self._enclose('{', ordered, '}', out, indent, allowance, context, level)
            return
        name = type(items).__name__
        self._enclose(name + '({', ordered, '})', out, indent + len(name) + 1, allowance,
                      context, level)

    def _enclose(self, opener, items, closer, out, indent, allowance, context, level):
        out.append(opener)
        self._elements(items, out, indent, allowance + len(closer), context, level)
        out.append(closer)

    def _elements(self, items, out, indent, allowance, context, level):
        """One element per line or, when compact, as many per line as fit."""
        indent += self._step
        out.append(self._pad())
        items = list(items)
        line_break = ',\n' + ' ' * indent
        full = self._width - indent + 1
        room = full
        sep = ''
        for n, item in enumerate(items, 1):
            last = n == len(items)
            if last:
                full -= allowance
                room -= allowance
            if self._compact:
                shown = self._repr(item, context, level)
                need = len(shown) + 2
                if need > room:
                    room = full
                    if sep:
                        sep = line_break
                if need <= room:
                    room -= need
                    out.append(sep + shown)
                    sep = ', '
                    continue
            out.append(sep)
            sep = line_break
            self._layout(item, out, indent, allowance if last else 1, context, level)

    def _split_str(self, text, out, indent, allowance, context, level):
        if not text:
            out.append(repr(text))
            return
        if level == 1:
            # A top-level string gets parentheses so the pieces still concatenate.
            indent += 1
            allowance += 1
        room = self._width - indent
        lines = text.splitlines(True)
        pieces = []
        for n, line in enumerate(lines, 1):
            final_line = n == len(lines)
            line_room = room - allowance if final_line else room
            if len(repr(line)) <= line_room:
                pieces.append(line)
                continue
            words = _chunks(line)
            current = ''
            for m, word in enumerate(words, 1):
                word_room = room - allowance if final_line and m == len(words) else room
                if len(repr(current + word)) > word_room:
                    if current:
                        pieces.append(current)
                    current = word
                else:
                    current += word
            if current:
                pieces.append(current)
        if len(pieces) == 1:
            # One piece means the last line alone did not fit; show it whole.
            out.append(repr(lines[-1]))
            return
        joiner = '\n' + ' ' * indent
        body = joiner.join(repr(piece) for piece in pieces)
        out.append('(' + body + ')' if level == 1 else body)

    # One-line representation.

    def _safe_repr(self, object, context, maxlevels, level):
        cls = type(object)
        if cls in _SCALARS:
            return repr(object), True, False
        if isinstance(object, int) and _shows_as(cls, int):
            if self._underscores:
                return f'{object:_d}', True, False
            return repr(object), True, False
        if isinstance(object, dict) and _shows_as(cls, dict):
            if not object:
                return '{}', True, False
            return self._flat_container(object, '{%s}', lambda: self._dict_items(object),
                                        context, maxlevels, level)
        if isinstance(object, list) and _shows_as(cls, list):
            if not object:
                return '[]', True, False
            template = '[%s]'
        elif isinstance(object, tuple) and _shows_as(cls, tuple):
            if not object:
                return '()', True, False
            template = '(%s,)' if len(object) == 1 else '(%s)'
        else:
            shown = repr(object)
            return shown, shown and not shown.startswith('<'), False
        return self._flat_container(object, template, lambda: [(x,) for x in object],
                                    context, maxlevels, level)

    def _flat_container(self, container, template, entries, context, maxlevels, level):
        """Flat repr of a non-empty container; entries() yields tuples of the
        values making up each entry (key and value for dicts)."""
        if maxlevels and level >= maxlevels:
            return template % '...', False, id(container) in context
        if id(container) in context:
            return _recursion(container), False, True
        context[id(container)] = 1
        readable = True
        recursive = False
        shown = []
        for entry in entries():
            parts = []
            for value in entry:
                text, value_readable, value_recursive = self.format(value, context, maxlevels,
                                                                   level + 1)
                parts.append(text)
                readable = readable and value_readable
                recursive = recursive or value_recursive
            shown.append(': '.join(parts))
        del context[id(container)]
        return template % ', '.join(shown), readable, recursive
