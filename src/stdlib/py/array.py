"""Arrays of one C numeric type (or of characters), checked and converted on the way in
as CPython's `array` module converts them; bytes conversions go through `struct`."""

import struct as _struct

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_SIZES = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
          'q': 8, 'Q': 8, 'f': 4, 'd': 8}

# For codes converted through a C long: (min, max, the name the range errors use).
_LONG_RANGES = {'b': (-128, 127, 'signed char'), 'B': (0, 255, 'unsigned byte integer'),
                'h': (-32768, 32767, 'signed short integer'),
                'H': (0, 65535, 'unsigned short'),
                'i': (-2 ** 31, 2 ** 31 - 1, 'signed integer'),
                'l': (-2 ** 63, 2 ** 63 - 1, None)}


def _index(value):
    if isinstance(value, int):
        return int(value)
    if hasattr(type(value), '__index__'):
        return type(value).__index__(value)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def _checker(typecode):
    """The function that validates and converts an item for `typecode`."""
    if typecode in _LONG_RANGES:
        lo, hi, name = _LONG_RANGES[typecode]

        def check(value):
            n = _index(value)
            if not -2 ** 63 <= n < 2 ** 63:
                raise OverflowError('Python int too large to convert to C long')
            if n > hi:
                raise OverflowError('%s is greater than maximum' % name)
            if n < lo:
                raise OverflowError('%s is less than minimum' % name)
            return n
    elif typecode in 'IL':
        def check(value):
            n = _index(value)
            if n < 0:
                raise OverflowError("can't convert negative value to unsigned int")
            if n >= 2 ** 64:
                raise OverflowError('Python int too large to convert to C unsigned long')
            if typecode == 'I' and n >= 2 ** 32:
                raise OverflowError('unsigned int is greater than maximum')
            return n
    elif typecode == 'q':
        def check(value):
            n = _index(value)
            if not -2 ** 63 <= n < 2 ** 63:
                raise OverflowError('int too big to convert')
            return n
    elif typecode == 'Q':
        def check(value):
            n = _index(value)
            if n < 0:
                raise OverflowError("can't convert negative int to unsigned")
            if n >= 2 ** 64:
                raise OverflowError('int too big to convert')
            return n
    elif typecode == 'f':
        def check(value):
            return _struct.unpack('f', _struct.pack('f', _real(value)))[0]
    elif typecode == 'd':
        def check(value):
            return _real(value)
    else:
        def check(value):
            if not isinstance(value, str) or len(value) != 1:
                raise TypeError('array item must be unicode character')
            return value
    return check


def _real(value):
    if isinstance(value, (int, float)):
        return float(value)
    if hasattr(type(value), '__float__'):
        return float(value)
    raise TypeError('must be real number, not %s' % type(value).__name__)


class array:
    __tp_name__ = 'array.array'
    __hash__ = None

    def __init__(self, *args):
        if not args:
            raise TypeError('array() takes at least 1 argument (0 given)')
        if len(args) > 2:
            raise TypeError('array() takes at most 2 arguments (%d given)' % len(args))
        typecode = args[0]
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s'
                            % type(typecode).__name__)
        if typecode not in _SIZES:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self._typecode = typecode
        self._check = _checker(typecode)
        self._items = []
        if len(args) == 2:
            init = args[1]
            if isinstance(init, str):
                if typecode != 'u':
                    raise TypeError('cannot use a str to initialize an array with typecode '
                                    "'%s'" % typecode)
                self.fromunicode(init)
            elif isinstance(init, (bytes, bytearray)):
                self.frombytes(init)
            elif isinstance(init, array):
                if (init.typecode == 'u') != (typecode == 'u'):
                    raise TypeError('bad argument type for built-in operation')
                self._items = [self._check(v) for v in init._items]
            else:
                self._items = [self._check(v) for v in init]

    @property
    def typecode(self):
        return self._typecode

    @property
    def itemsize(self):
        return _SIZES[self._typecode]

    def _new(self, items):
        result = array(self._typecode)
        result._items = items
        return result

    def _same_kind(self, other, what):
        if not isinstance(other, array):
            raise TypeError('can only %s array (not "%s") to array'
                            % (what, type(other).__name__))
        if other._typecode != self._typecode:
            raise TypeError('bad argument type for built-in operation')

    def __repr__(self):
        if not self._items:
            return "array('%s')" % self._typecode
        if self._typecode == 'u':
            return "array('u', %r)" % ''.join(self._items)
        return "array('%s', %r)" % (self._typecode, self._items)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(list(self._items))

    def __contains__(self, value):
        return value in self._items

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._new(self._items[index])
        try:
            return self._items[_index(index)]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(value).__name__)
            self._same_kind(value, 'assign')
            self._items[index] = list(value._items)
            return
        value = self._check(value)
        try:
            self._items[_index(index)] = value
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, index):
        try:
            del self._items[index]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array'
                            % type(other).__name__)
        self._same_kind(other, 'append')
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")'
                            % type(other).__name__)
        self._same_kind(other, 'extend')
        self._items.extend(other._items)
        return self

    def _count(self, n):
        if not isinstance(n, int) and not hasattr(type(n), '__index__'):
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(n).__name__)
        return _index(n)

    def __mul__(self, n):
        return self._new(self._items * self._count(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= self._count(n)
        return self

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce__(self):
        return (array, (self._typecode, list(self._items)))

    def append(self, value):
        self._items.append(self._check(value))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._typecode != self._typecode:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(iterable._items)
            return
        self._items.extend([self._check(v) for v in iterable])

    def insert(self, index, value):
        self._items.insert(_index(index), self._check(value))

    def pop(self, index=-1):
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(index)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, value):
        try:
            self._items.remove(value)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, value, start=0, stop=None):
        items = self._items
        stop = len(items) if stop is None else stop
        try:
            return items.index(value, start, stop)
        except ValueError:
            raise ValueError('array.index(x): x not in array') from None

    def count(self, value):
        return self._items.count(value)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError('arg must be list')
        self._items.extend([self._check(v) for v in items])

    def tobytes(self):
        if self._typecode == 'u':
            return ''.join(self._items).encode('utf-32-le') if self._items else b''
        return _struct.pack('%d%s' % (len(self._items), self._typecode), *self._items)

    def frombytes(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
        size = self.itemsize
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        if self._typecode == 'u':
            self._items.extend(bytes(data).decode('utf-32-le'))
            return
        self._items.extend(_struct.unpack('%d%s' % (len(data) // size, self._typecode),
                                          bytes(data)))

    def tounicode(self):
        if self._typecode != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, text):
        if self._typecode != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._items.extend(text)

    def byteswap(self):
        size = self.itemsize
        if size == 1:
            return
        data = self.tobytes()
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    def buffer_info(self):
        return (id(self), len(self._items))


ArrayType = array
