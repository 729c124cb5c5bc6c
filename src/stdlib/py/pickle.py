"""Serialising objects to bytes and back: dumps/loads, dump/load, Pickler and
Unpickler.

The output follows CPython's C pickler byte for byte (opcodes, memo, batches,
protocol 4 framing), so pickles travel between gilpy and CPython both ways.
Classes and functions are pickled by reference (module and qualified name);
instances by their class and state, through __reduce_ex__/__reduce__ when the
class defines them, otherwise as object.__reduce_ex__ does in CPython."""

import sys
from struct import pack as _pack, unpack as _unpack, calcsize as _calcsize
from io import BytesIO as _BytesIO
import copyreg
from copyreg import dispatch_table
from _copy import blank as _blank
import _collections
from _pickle import PickleError, PicklingError, UnpicklingError

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads", "HIGHEST_PROTOCOL",
           "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]

# What the text UNICODE opcode cannot hold literally.
_UNICODE_ESCAPES = {ord(c): f'\\u{ord(c):04x}' for c in '\\\0\n\r\x1a'}

_BATCHSIZE = 1000
_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024

# Python 2 names of modules and globals, for protocols 0-2 with fix_imports.
_NAME_MAPPING_2TO3 = {
    ("__builtin__", "xrange"): ("builtins", "range"),
    ("__builtin__", "reduce"): ("functools", "reduce"),
    ("__builtin__", "intern"): ("sys", "intern"),
    ("__builtin__", "unichr"): ("builtins", "chr"),
    ("__builtin__", "unicode"): ("builtins", "str"),
    ("__builtin__", "long"): ("builtins", "int"),
    ("__builtin__", "basestring"): ("builtins", "str"),
}
_NAME_MAPPING_3TO2 = {
    ("builtins", "range"): ("__builtin__", "xrange"),
    ("functools", "reduce"): ("__builtin__", "reduce"),
    ("sys", "intern"): ("__builtin__", "intern"),
    ("builtins", "chr"): ("__builtin__", "unichr"),
    ("builtins", "str"): ("__builtin__", "unicode"),
    ("builtins", "int"): ("__builtin__", "long"),
    ("builtins", "zip"): ("itertools", "izip"),
    ("builtins", "map"): ("itertools", "imap"),
    ("builtins", "filter"): ("itertools", "ifilter"),
}
_IMPORT_MAPPING_3TO2 = {"builtins": "__builtin__", "copyreg": "copy_reg",
                        "queue": "Queue", "_pickle": "pickle"}
_IMPORT_MAPPING_2TO3 = {"__builtin__": "builtins", "copy_reg": "copyreg",
                        "Queue": "queue", "cPickle": "pickle",
                        "exceptions": "builtins", "StringIO": "io",
                        "cStringIO": "io"}


def _python2_name(module, name):
    """Where Python 2 kept a global, for protocols below 3."""
    if (module, name) in _NAME_MAPPING_3TO2:
        return _NAME_MAPPING_3TO2[(module, name)]
    if module == "builtins":
        obj = getattr(sys.modules["builtins"], name, None)
        if isinstance(obj, type) and issubclass(obj, BaseException):
            if issubclass(obj, OSError):
                return "exceptions", "OSError"
            if obj is ModuleNotFoundError:
                return "exceptions", "ImportError"
            return "exceptions", name
    return _IMPORT_MAPPING_3TO2.get(module, module), name


def _raw_unicode_escape(s):
    """The raw-unicode-escape encoding protocol 0 writes strings in."""
    out = []
    for c in s:
        n = ord(c)
        if n < 0x100:
            out.append(c)
        elif n < 0x10000:
            out.append("\\u%04x" % n)
        else:
            out.append("\\U%08x" % n)
    return "".join(out).encode("latin-1")


def _raw_unicode_unescape(data):
    s = data.decode("latin-1")
    out = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == "\\" and i + 1 < n and s[i + 1] in "uU":
            width = 4 if s[i + 1] == "u" else 8
            out.append(chr(int(s[i + 2:i + 2 + width], 16)))
            i += 2 + width
        else:
            out.append(c)
            i += 1
    return "".join(out)


_FunctionType = type(lambda: None)
_BuiltinType = type(len)


def _encode_long(x):
    """x as the shortest little-endian two's complement bytes (LONG1/LONG4)."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder='little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


_BYTE_ESCAPES = {ord('n'): b'\n', ord('t'): b'\t', ord('r'): b'\r',
                 ord('a'): b'\a', ord('b'): b'\b', ord('f'): b'\f',
                 ord('v'): b'\v', ord('\\'): b'\\', ord("'"): b"'",
                 ord('"'): b'"', ord('\n'): b''}


def _unescape_bytes(data):
    """The bytes a Python 2 str literal's body stands for (the STRING
    opcode's argument): backslash escapes, hex and octal ones included."""
    out = bytearray()
    i = 0
    while i < len(data):
        byte = data[i]
        if byte != 0x5c:
            out.append(byte)
            i += 1
            continue
        if i + 1 == len(data):
            raise ValueError("Trailing \\ in string")
        code = data[i + 1]
        if code in _BYTE_ESCAPES:
            out += _BYTE_ESCAPES[code]
            i += 2
        elif code == ord('x'):
            digits = data[i + 2:i + 4]
            if len(digits) < 2 or not all(d in b'0123456789abcdefABCDEF'
                                          for d in digits):
                raise ValueError(f"invalid \\x escape at position {i}")
            out.append(int(digits, 16))
            i += 4
        elif 0x30 <= code <= 0x37:
            end = i + 1
            while end < min(i + 4, len(data)) and 0x30 <= data[end] <= 0x37:
                end += 1
            out.append(int(data[i + 1:end], 8) & 0xff)
            i = end
        else:
            out += data[i:i + 2]
            i += 2
    return bytes(out)


def _decode_long(data):
    return int.from_bytes(data, byteorder='little', signed=True)


def _getattribute(obj, name):
    """The object a dotted qualified name leads to from obj, and its parent."""
    for subpath in name.split('.'):
        if subpath == '<locals>':
            raise AttributeError("Can't pickle local object %r" % (name,))
    parent = None
    for subpath in name.split('.'):
        parent = obj
        obj = getattr(obj, subpath)
    return obj, parent


def whichmodule(obj, name):
    """The name of the module a global object lives in."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if (module_name == '__main__' or module_name == '__mp_main__'
                or module is None):
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def _object_state(obj):
    """What object.__getstate__ gives in CPython: the instance dict (None when
    empty), paired with a dict of slot values when the class has slots."""
    cls = type(obj)
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None:
        return getstate(obj)
    if isinstance(obj, _VALUE_BASES):
        state = _instance_state(obj)
    else:
        state = _blank(obj)[1]
    names = _slot_names(cls)
    if not names:
        return state
    slots = {}
    for name in names:
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    # gilpy keeps slot values with the instance's attributes.
    if state is not None:
        state = {k: v for k, v in state.items() if k not in names}
    if not state or not hasattr(obj, '__dict__'):
        state = None
    if slots:
        return (state, slots)
    return state


# Built-in types with a __reduce__ of their own in CPython, by type.
def _reduce_bytearray(obj, proto):
    return (bytearray, (bytes(obj),), None)


def _reduce_complex(obj, proto):
    return (complex, (obj.real, obj.imag))


def _reduce_range(obj, proto):
    return (range, (obj.start, obj.stop, obj.step))


def _reduce_slice(obj, proto):
    return (slice, (obj.start, obj.stop, obj.step))


def _instance_state(obj):
    try:
        state = _blank(obj)[1]
    except TypeError:
        return None
    return state or None


def _reduce_ordered_dict(obj, proto):
    return (type(obj), (), _instance_state(obj), None, iter(obj.items()))


def _reduce_defaultdict(obj, proto):
    args = () if obj.default_factory is None else (obj.default_factory,)
    return (type(obj), args, _instance_state(obj), None, iter(obj.items()))


def _reduce_counter(obj, proto):
    return (type(obj), (dict(obj),))


def _reduce_deque(obj, proto):
    args = () if obj.maxlen is None else ((), obj.maxlen)
    return (type(obj), args, _instance_state(obj), iter(obj))


_builtin_reducers = {
    bytearray: _reduce_bytearray,
    complex: _reduce_complex,
    range: _reduce_range,
    slice: _reduce_slice,
    _collections.OrderedDict: _reduce_ordered_dict,
    _collections.defaultdict: _reduce_defaultdict,
    _collections.Counter: _reduce_counter,
    _collections.deque: _reduce_deque,
}


def _builtin_reducer(cls):
    for base in cls.__mro__:
        reducer = _builtin_reducers.get(base)
        if reducer is not None:
            return reducer
    return None

# Immutable built-in bases whose value is the argument of __new__
# (CPython's __getnewargs__ on them).
_VALUE_BASES = (tuple, str, bytes, int, float, complex, frozenset)


def _reduce_ex(obj, proto):
    """obj.__reduce_ex__(proto), with CPython's object.__reduce_ex__ for classes
    that define neither __reduce_ex__ nor __reduce__."""
    cls = type(obj)
    reduce = getattr(cls, '__reduce_ex__', None)
    if reduce is not None:
        return reduce(obj, proto)
    reduce = getattr(cls, '__reduce__', None)
    if reduce is not None:
        return reduce(obj)
    reducer = _builtin_reducer(cls)
    if reducer is not None:
        return reducer(obj, proto)
    if isinstance(obj, BaseException):
        state = _blank(obj)[1]
        if state is None:
            return (cls, obj.args)
        return (cls, obj.args, state)
    if proto < 2:
        return _reduce_old(obj, cls)
    kwargs = None
    getnewargs_ex = getattr(cls, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex(obj)
    else:
        getnewargs = getattr(cls, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs(obj)
        else:
            args = ()
            for base in _VALUE_BASES:
                if isinstance(obj, base):
                    args = (base(obj),)
                    break
    state = _object_state(obj)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return (copyreg.__newobj_ex__, (cls, args, kwargs), state,
                listitems, dictitems)
    return (copyreg.__newobj__, (cls,) + tuple(args), state, listitems,
            dictitems)


def _reduce_old(obj, cls):
    """copyreg._reduce_ex: protocols 0 and 1 rebuild through _reconstructor."""
    for base in cls.__mro__:
        if base.__module__ == 'builtins' or base is object:
            break
    if base is object:
        basestate = None
    else:
        if base is cls:
            raise TypeError("cannot pickle %r object" % cls.__name__)
        basestate = base(obj)
    args = (cls, base, basestate)
    state = _object_state(obj)
    if state is None:
        return (copyreg._reconstructor, args)
    return (copyreg._reconstructor, args, state)


class _Output:
    """The pickle's bytes, cut into FRAME opcodes for protocol 4 and up: a
    frame closes once it reaches 64 KiB, and is written without a FRAME
    header when it holds fewer than 4 bytes."""

    def __init__(self):
        self.data = bytearray()
        self.frame = None

    def start_framing(self):
        self.frame = bytearray()

    def end_framing(self):
        self.commit_frame(True)
        self.frame = None

    def commit_frame(self, force=False):
        frame = self.frame
        if frame is None or not frame:
            return
        if not force and len(frame) < _FRAME_SIZE_TARGET:
            return
        if len(frame) >= _FRAME_SIZE_MIN:
            self.data += FRAME
            self.data += _pack('<Q', len(frame))
        self.data += frame
        self.frame = bytearray()

    def write(self, data):
        if self.frame is not None:
            self.frame += data
        else:
            self.data += data

    def write_large(self, header, payload):
        """A payload of a frame's size or more goes out unframed."""
        if self.frame is not None and len(payload) >= _FRAME_SIZE_TARGET:
            self.commit_frame(True)
            self.data += header
            self.data += payload
        else:
            self.write(header)
            self.write(payload)


class Pickler:
    """Writes pickles of objects to a binary file."""

    def __init__(self, file, protocol=None, *, fix_imports=True,
                 buffer_callback=None):
        protocol = DEFAULT_PROTOCOL if protocol is None else protocol
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError(f"pickle protocol must be <= {HIGHEST_PROTOCOL}")
        if protocol < 5 and buffer_callback is not None:
            raise ValueError("buffer_callback needs protocol >= 5")
        if not hasattr(file, 'write'):
            raise TypeError("file must have a 'write' attribute")
        self._file_write = file.write
        self.proto = int(protocol)
        # Protocol 0 is text; every later one writes binary opcodes.
        self.bin = protocol >= 1
        # Python 2 names are only written where Python 2 could read them.
        self.fix_imports = fix_imports and protocol < 3
        self.memo = {}   # id(obj) -> (memo index, obj)
        self.fast = 0

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        """Write the pickle of `obj`: the protocol, the object, STOP."""
        if not hasattr(self, "_file_write"):
            raise PicklingError(
                f"Pickler.__init__() was not called by "
                f"{type(self).__name__}.__init__()")
        out = self._out = _Output()
        self.write = out.write
        if self.proto >= 2:
            out.write(PROTO + bytes([self.proto]))
        if self.proto >= 4:
            out.start_framing()
        self.save(obj)
        out.write(STOP)
        out.end_framing()
        self._file_write(bytes(out.data))

    def memoize(self, obj):
        """Give `obj` the next memo index, so later references to it are
        written as GETs."""
        if self.fast:
            return
        index = len(self.memo)
        self.write(self.put(index))
        self.memo[id(obj)] = index, obj

    def _memo_opcode(self, index, text, short, long):
        if not self.bin:
            return text + str(index).encode("ascii") + b'\n'
        if index < 256:
            return short + bytes([index])
        return long + _pack("<I", index)

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        return self._memo_opcode(idx, PUT, BINPUT, LONG_BINPUT)

    def get(self, i):
        return self._memo_opcode(i, GET, BINGET, LONG_BINGET)

    def _memo_ref(self, obj):
        """The GET of `obj` if it is memoized already, else None."""
        entry = self.memo.get(id(obj))
        return None if entry is None else self.get(entry[0])

    def save(self, obj, save_persistent_id=True):
        self._out.commit_frame()
        if save_persistent_id:
            pid = self.persistent_id(obj)
            if pid is not None:
                self.save_pers(pid)
                return
        ref = self._memo_ref(obj)
        if ref is not None:
            self.write(ref)
            return
        kind = type(obj)
        saver = self.dispatch.get(kind)
        if saver is not None:
            saver(self, obj)
            return
        # A reducer registered for the exact type comes before the
        # object's own __reduce_ex__; classes are saved by reference.
        reducer = getattr(self, "dispatch_table", dispatch_table).get(kind)
        if reducer is not None:
            reduced = reducer(obj)
        elif issubclass(kind, type):
            self.save_global(obj)
            return
        else:
            reduced = _reduce_ex(obj, self.proto)
        if isinstance(reduced, str):
            self.save_global(obj, reduced)
        elif not isinstance(reduced, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        elif len(reduced) < 2 or len(reduced) > 6:
            raise PicklingError("tuple returned by __reduce__ must contain "
                                "2 through 6 elements")
        else:
            self.save_reduce(*reduced, obj=obj)

    def persistent_id(self, obj):
        return None

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
            return
        try:
            text = str(pid).encode("ascii")
        except UnicodeEncodeError:
            raise PicklingError(
                "persistent IDs in protocol 0 must be ASCII strings")
        self.write(PERSID + text + b'\n')

    def _check_newobj(self, cls, obj, which):
        if not hasattr(cls, "__new__"):
            raise PicklingError(f"args[0] from {which} args has no __new__")
        if obj is not None and cls is not obj.__class__:
            raise PicklingError(
                f"args[0] from {which} args has the wrong class")

    def save_reduce(self, func, args, state=None, listitems=None,
                    dictitems=None, state_setter=None, *, obj=None):
        """Write what a __reduce__ tuple describes: the call that creates
        the object, then its items and state."""
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by "
                                "__reduce__ must be a tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by "
                                "__reduce__ must be callable")
        kind = getattr(func, "__name__", "") if self.proto >= 2 else ""
        if kind == "__newobj_ex__":
            cls, pos_args, kw_args = args
            self._check_newobj(cls, obj, kind)
            if self.proto >= 4:
                for part in (cls, pos_args, kw_args):
                    self.save(part)
                self.write(NEWOBJ_EX)
            else:
                self.save(_partial_new(cls, pos_args, kw_args))
                self.save(())
                self.write(REDUCE)
        elif kind == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            self._check_newobj(args[0], obj, kind)
            self.save(args[0])
            self.save(args[1:])
            self.write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            self.write(REDUCE)
        if obj is not None:
            # Saving the arguments may have pickled obj itself already:
            # then the copy just made is dropped for the memoized one.
            ref = self._memo_ref(obj)
            if ref is None:
                self.memoize(obj)
            else:
                self.write(POP + ref)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is None:
            return
        if state_setter is None:
            self.save(state)
            self.write(BUILD)
        else:
            # state_setter(obj, state), its result discarded.
            for part in (state_setter, obj, state):
                self.save(part)
            self.write(TUPLE2 + REDUCE + POP)

    dispatch = {}

    def save_none(self, obj):
        self.write(NONE)
    dispatch[type(None)] = save_none

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)
    dispatch[bool] = save_bool

    def save_long(self, obj):
        """The smallest opcode for the int: BININT1/2/BININT when it fits,
        LONG1/LONG4 from protocol 2, text INT/LONG in protocol 0 and for
        big ints in protocol 1."""
        fits_int32 = -0x80000000 <= obj <= 0x7fffffff
        if self.bin and fits_int32:
            if 0 <= obj <= 0xff:
                self.write(BININT1 + bytes([obj]))
            elif 0 <= obj <= 0xffff:
                self.write(BININT2 + _pack("<H", obj))
            else:
                self.write(BININT + _pack("<i", obj))
        elif self.proto >= 2:
            encoded = _encode_long(obj)
            size = len(encoded)
            header = (LONG1 + bytes([size]) if size < 256
                      else LONG4 + _pack("<i", size))
            self.write(header + encoded)
        elif fits_int32:
            self.write(INT + str(obj).encode("ascii") + b'\n')
        else:
            self.write(LONG + str(obj).encode("ascii") + b'L\n')
    dispatch[int] = save_long

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + _pack('>d', obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b'\n')
    dispatch[float] = save_float

    def _save_sized(self, data, short, medium, large):
        """Length-prefixed data: a one-byte length when it fits, a four-byte
        one, or (protocol 4 on) an eight-byte one for the largest."""
        size = len(data)
        if short is not None and size <= 0xff:
            self.write(short + bytes([size]) + data)
        elif size > 0xffffffff and self.proto >= 4:
            self._out.write_large(large + _pack("<Q", size), data)
        else:
            self._out.write_large(medium + _pack("<I", size), data)

    def save_bytes(self, obj):
        if self.proto >= 3:
            self._save_sized(obj, SHORT_BINBYTES, BINBYTES, BINBYTES8)
            self.memoize(obj)
        elif obj:
            # Python 2 has no bytes type: rebuild through a latin-1 str.
            import codecs
            self.save_reduce(codecs.encode, (str(obj, 'latin1'), 'latin1'),
                             obj=obj)
        else:
            self.save_reduce(bytes, (), obj=obj)
    dispatch[bytes] = save_bytes

    def save_bytearray(self, obj):
        if self.proto >= 5:
            self._out.write_large(BYTEARRAY8 + _pack("<Q", len(obj)),
                                  bytes(obj))
            self.memoize(obj)
        else:
            self.save_reduce(bytearray, (bytes(obj),) if obj else (), obj=obj)
    dispatch[bytearray] = save_bytearray

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode('utf-8', 'surrogatepass')
            self._save_sized(encoded,
                             SHORT_BINUNICODE if self.proto >= 4 else None,
                             BINUNICODE, BINUNICODE8)
        else:
            # The text UNICODE opcode ends at a newline, and its escapes
            # use backslashes: those characters go in as \\u escapes.
            text = obj.translate(_UNICODE_ESCAPES)
            self.write(UNICODE + _raw_unicode_escape(text) + b'\n')
        self.memoize(obj)
    dispatch[str] = save_str

    def save_tuple(self, obj):
        if not obj:
            self.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        size = len(obj)
        small = size <= 3 and self.proto >= 2
        if not small:
            self.write(MARK)
        for item in obj:
            self.save(item)
        # A tuple that contains itself (through a mutable element) was
        # pickled while saving its items: drop what was pushed, use that.
        ref = self._memo_ref(obj)
        if ref is not None:
            if small:
                self.write(POP * size + ref)
            elif self.bin:
                self.write(POP_MARK + ref)
            else:
                self.write(POP * (size + 1) + ref)
            return
        self.write(_tuplesize2code[size] if small else TUPLE)
        self.memoize(obj)
    dispatch[tuple] = save_tuple

    def save_list(self, obj):
        if self.bin:
            self.write(EMPTY_LIST)
        else:
            self.write(MARK + LIST)
        self.memoize(obj)
        self._batch_list(obj)
    dispatch[list] = save_list

    def _batch_list(self, items):
        """An exact list's items: one item as APPEND, otherwise MARK ...
        APPENDS batches of 1000 (a last batch of one included)."""
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        n = len(items)
        if n == 1:
            save(items[0])
            write(APPEND)
            return
        i = 0
        while i < n:
            write(MARK)
            for x in items[i:i + _BATCHSIZE]:
                save(x)
            write(APPENDS)
            i += _BATCHSIZE

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        it = iter(items)
        while True:
            tmp = []
            for x in it:
                tmp.append(x)
                if len(tmp) == _BATCHSIZE:
                    break
            n = len(tmp)
            if n > 1:
                write(MARK)
                for x in tmp:
                    save(x)
                write(APPENDS)
            elif n:
                save(tmp[0])
                write(APPEND)
            if n < _BATCHSIZE:
                return

    def save_dict(self, obj):
        if self.bin:
            self.write(EMPTY_DICT)
        else:
            self.write(MARK + DICT)
        self.memoize(obj)
        if not self.bin:
            self._batch_setitems(iter(obj.items()))
            return
        items = list(obj.items())
        save = self.save
        write = self.write
        n = len(items)
        if n == 1:
            save(items[0][0])
            save(items[0][1])
            write(SETITEM)
            return
        i = 0
        while i < n:
            write(MARK)
            for k, v in items[i:i + _BATCHSIZE]:
                save(k)
                save(v)
            write(SETITEMS)
            i += _BATCHSIZE
    dispatch[dict] = save_dict

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        it = iter(items)
        while True:
            tmp = []
            for x in it:
                tmp.append(x)
                if len(tmp) == _BATCHSIZE:
                    break
            n = len(tmp)
            if n > 1:
                write(MARK)
                for k, v in tmp:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif n:
                k, v = tmp[0]
                save(k)
                save(v)
                write(SETITEM)
            if n < _BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        items = list(obj)
        if not items:
            return
        save = self.save
        write = self.write
        i = 0
        while True:
            write(MARK)
            batch = items[i:i + _BATCHSIZE]
            for item in batch:
                save(item)
            write(ADDITEMS)
            if len(obj) != len(items):
                raise RuntimeError("set changed size during iteration")
            i += _BATCHSIZE
            if len(batch) < _BATCHSIZE:
                return
    dispatch[set] = save_set

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for item in obj:
            self.save(item)
        ref = self._memo_ref(obj)
        if ref is not None:
            self.write(POP_MARK + ref)
            return
        self.write(FROZENSET)
        self.memoize(obj)
    dispatch[frozenset] = save_frozenset

    def save_global(self, obj, name=None):
        """Write a reference to `obj` by module and qualified name, after
        checking that the name leads back to the very object."""
        if name is None:
            name = getattr(obj, '__qualname__', None) or obj.__name__
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except Exception:
            raise PicklingError(f"Can't pickle {obj!r}: import of module "
                                f"{module_name!r} failed") from None
        try:
            found, parent = _getattribute(module, name)
        except AttributeError as exc:
            if str(exc).startswith("Can't pickle local object"):
                raise
            raise PicklingError(f"Can't pickle {obj!r}: attribute lookup "
                                f"{name} on {module_name} failed") from None
        if found is not obj:
            raise PicklingError(f"Can't pickle {obj!r}: it's not the same "
                                f"object as {module_name}.{name}")
        code = copyreg._extension_registry.get((module_name, name))
        if code and self.proto >= 2:
            # A registered extension code stands in for the name.
            if code <= 0xff:
                self.write(EXT1 + bytes([code]))
            elif code <= 0xffff:
                self.write(EXT2 + _pack("<H", code))
            else:
                self.write(EXT4 + _pack("<i", code))
            return
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self.write(STACK_GLOBAL)
        elif parent is not module:
            # GLOBAL cannot name a nested attribute: fetch it by getattr.
            self.save_reduce(getattr, (parent, name.rpartition('.')[2]))
        else:
            if self.fix_imports:
                module_name, name = _python2_name(module_name, name)
            try:
                line = (module_name.encode("ascii") + b'\n'
                        + name.encode("ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError(
                    f"can't pickle global identifier '{module_name}.{name}' "
                    f"using pickle protocol {self.proto}") from None
            self.write(GLOBAL + line)
        self.memoize(obj)

    def save_type(self, obj):
        # The types of the singletons have no importable names: they are
        # rebuilt as type(singleton).
        for singleton in (None, NotImplemented, ...):
            if obj is type(singleton):
                return self.save_reduce(type, (singleton,), obj=obj)
        return self.save_global(obj)

    dispatch[_FunctionType] = save_global
    dispatch[_BuiltinType] = save_global
    dispatch[type] = save_type
    dispatch[type(...)] = lambda self, obj: self.save_global(obj, "Ellipsis")
    dispatch[type(NotImplemented)] = (
        lambda self, obj: self.save_global(obj, "NotImplemented"))


def _partial_new(cls, args, kwargs):
    import functools
    return functools.partial(cls.__new__, cls, *args, **kwargs)


class _Unframer:
    """The pickle's bytes as read by the Unpickler: once a FRAME opcode has
    announced a frame, reads are served from that frame's bytes."""

    def __init__(self, file_read, file_readline):
        self._file_read = file_read
        self._file_readline = file_readline
        self._frame = None

    def _in_frame(self, take, exact):
        """Read from the frame with `take`, or from the file once the frame
        is used up; `exact` says whether the frame gave a complete read."""
        data = take(self._frame)
        if not data:
            self._frame = None
            return None
        if not exact(data):
            raise UnpicklingError("pickle exhausted before end of frame")
        return data

    def read(self, n):
        if self._frame and n:
            data = self._in_frame(lambda f: f.read(n), lambda d: len(d) == n)
            if data is not None:
                return data
        elif self._frame:
            return b''
        return self._file_read(n)

    def readline(self):
        if self._frame:
            data = self._in_frame(lambda f: f.readline(),
                                  lambda d: d.endswith(b'\n'))
            if data is not None:
                return data
        return self._file_readline()

    def start_frame(self, size):
        if self._frame and self._frame.read() != b'':
            raise UnpicklingError(
                "beginning of a new frame before end of current frame")
        self._frame = _BytesIO(self._file_read(size))


# Opcode byte -> function(unpickler) that carries out the opcode; filled in
# by the _loader decorator below.
_LOADERS = {}


def _loader(*opcodes, **fixed):
    """Register the decorated function for `opcodes`; `fixed` keyword
    arguments distinguish the variants of one kind of opcode."""
    def register(function):
        for opcode in opcodes:
            if fixed:
                _LOADERS[opcode[0]] = (
                    lambda unpickler, _f=function: _f(unpickler, **fixed))
            else:
                _LOADERS[opcode[0]] = function
        return function
    return register


class Unpickler:
    """Rebuilds an object from a pickle read from a binary file."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII",
                 errors="strict", buffers=None):
        try:
            self._file_read = file.read
            self._file_readline = file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes")
        self._buffers = None if buffers is None else iter(buffers)
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self.proto = 0

    dispatch = _LOADERS

    def load(self):
        """Read one pickle from the file and return the object it holds."""
        if not hasattr(self, "_file_read"):
            raise UnpicklingError(
                f"Unpickler.__init__() was not called by "
                f"{type(self).__name__}.__init__()")
        source = self._source = _Unframer(self._file_read,
                                          self._file_readline)
        self.read, self.readline = source.read, source.readline
        # The stack in use; MARK sets it aside on metastack for a new one.
        self.stack, self.metastack = [], []
        self.append = self.stack.append
        self.proto = 0
        opcode = self.read(1)
        if not opcode:
            raise EOFError("Ran out of input")
        try:
            while True:
                handler = _LOADERS.get(opcode[0])
                if handler is None:
                    shown = chr(opcode[0])
                    if not (shown.isascii() and shown.isprintable()):
                        shown = f"\\x{opcode[0]:02x}"
                    raise UnpicklingError(f"invalid load key, '{shown}'.")
                handler(self)
                opcode = self.read(1)
                if not opcode:
                    raise UnpicklingError("pickle data was truncated")
        except _Stop as stop:
            return stop.value

    # -- reading arguments ------------------------------------------------

    def _read_exact(self, n):
        data = self.read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _line(self, encoding="ascii"):
        """The argument line of a text opcode, newline removed (decoded
        unless encoding is None)."""
        data = self.readline()
        if not data.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return data[:-1] if encoding is None else data[:-1].decode(encoding)

    def _number(self, fmt):
        return _unpack(fmt, self._read_exact(_calcsize(fmt)))[0]

    def _sized(self, fmt, what=None):
        """Data preceded by its length, packed as `fmt`; `what` names the
        opcode in the error for a negative (signed) length."""
        size = self._number(fmt)
        if size < 0:
            raise UnpicklingError(f"{what} pickle has negative byte count")
        return self._read_exact(size)

    # -- the stack --------------------------------------------------------

    def pop_mark(self):
        """Return the items pushed since the last MARK, removing them."""
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _pop(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack[-1]

    # -- hooks ------------------------------------------------------------

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was "
                              "encountered,\nbut no persistent_load function "
                              "was specified.")

    def find_class(self, module, name):
        """The global `name` of `module`, importing it; old (protocol < 3)
        pickles' Python 2 names are translated when fix_imports is set."""
        if self.proto < 3 and self.fix_imports:
            renamed = _NAME_MAPPING_2TO3.get((module, name))
            if renamed:
                module, name = renamed
            else:
                module = _IMPORT_MAPPING_2TO3.get(module, module)
        __import__(module, level=0)
        owner = sys.modules[module]
        try:
            if self.proto >= 4:
                return _getattribute(owner, name)[0]
            return getattr(owner, name)
        except AttributeError:
            pass
        raise AttributeError(f"Can't get attribute {name!r} on {owner!r}")

    def _decode_string(self, value):
        """Python 2 str data: bytes with encoding='bytes', else text."""
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    # -- opcodes ----------------------------------------------------------

    @_loader(PROTO)
    def load_proto(self):
        proto = self._read_exact(1)[0]
        if proto > HIGHEST_PROTOCOL:
            raise ValueError(f"unsupported pickle protocol: {proto}")
        self.proto = proto

    @_loader(FRAME)
    def load_frame(self):
        size = self._number('<Q')
        if size > sys.maxsize:
            raise ValueError(f"frame size > sys.maxsize: {size}")
        self._source.start_frame(size)

    @_loader(STOP)
    def load_stop(self):
        raise _Stop(self._pop())

    @_loader(MARK)
    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    @_loader(NONE, value=None)
    @_loader(NEWTRUE, value=True)
    @_loader(NEWFALSE, value=False)
    @_loader(EMPTY_TUPLE, value=())
    def _load_constant(self, value):
        self.append(value)

    @_loader(EMPTY_LIST, make=list)
    @_loader(EMPTY_DICT, make=dict)
    @_loader(EMPTY_SET, make=set)
    def _load_empty(self, make):
        self.append(make())

    @_loader(BININT1, fmt='<B')
    @_loader(BININT2, fmt='<H')
    @_loader(BININT, fmt='<i')
    @_loader(BINFLOAT, fmt='>d')
    def _load_packed(self, fmt):
        self.append(self._number(fmt))

    @_loader(INT)
    def load_int(self):
        text = self._line()
        # Protocol 0 writes booleans as INT 00 and 01.
        flags = {'00': False, '01': True}
        self.append(flags[text] if text in flags else int(text, 0))

    @_loader(LONG)
    def load_long(self):
        self.append(int(self._line().removesuffix('L'), 0))

    @_loader(LONG1, fmt='<B')
    @_loader(LONG4, fmt='<i')
    def _load_binary_long(self, fmt):
        data = self._sized(fmt, 'LONG')
        self.append(int.from_bytes(data, 'little', signed=True))

    @_loader(FLOAT)
    def load_float(self):
        self.append(float(self._line()))

    @_loader(STRING)
    def load_string(self):
        quoted = self._line(None)
        if len(quoted) < 2 or quoted[0] != quoted[-1] or quoted[:1] not in (b'"', b"'"):
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(_unescape_bytes(quoted[1:-1])))

    @_loader(SHORT_BINSTRING, fmt='<B')
    @_loader(BINSTRING, fmt='<i')
    def _load_binary_string(self, fmt):
        self.append(self._decode_string(self._sized(fmt, 'BINSTRING')))

    @_loader(SHORT_BINBYTES, fmt='<B', make=bytes)
    @_loader(BINBYTES, fmt='<I', make=bytes)
    @_loader(BINBYTES8, fmt='<Q', make=bytes)
    @_loader(BYTEARRAY8, fmt='<Q', make=bytearray)
    def _load_bytes(self, fmt, make):
        self.append(make(self._sized(fmt)))

    @_loader(UNICODE)
    def load_unicode(self):
        self.append(_raw_unicode_unescape(self._line(None)))

    @_loader(SHORT_BINUNICODE, fmt='<B')
    @_loader(BINUNICODE, fmt='<I')
    @_loader(BINUNICODE8, fmt='<Q')
    def _load_text(self, fmt):
        self.append(str(self._sized(fmt), 'utf-8', 'surrogatepass'))

    @_loader(TUPLE1, size=1)
    @_loader(TUPLE2, size=2)
    @_loader(TUPLE3, size=3)
    def _load_small_tuple(self, size):
        if len(self.stack) < size:
            raise UnpicklingError("unpickling stack underflow")
        items = tuple(self.stack[-size:])
        del self.stack[-size:]
        self.append(items)

    @_loader(TUPLE, make=tuple)
    @_loader(LIST, make=list)
    @_loader(FROZENSET, make=frozenset)
    def _load_marked(self, make):
        # pop_mark() switches self.append to the outer stack: call it first.
        items = self.pop_mark()
        self.append(make(items))

    @_loader(DICT)
    def load_dict(self):
        items = self.pop_mark()
        self.append(dict(zip(items[::2], items[1::2])))

    @_loader(APPEND)
    def load_append(self):
        item = self._pop()
        self._top().append(item)

    @_loader(APPENDS)
    def load_appends(self):
        items = self.pop_mark()
        target = self._top()
        if hasattr(target, 'extend'):
            target.extend(items)
        else:
            for item in items:
                target.append(item)

    @_loader(SETITEM)
    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    @_loader(SETITEMS)
    def load_setitems(self):
        items = self.pop_mark()
        target = self._top()
        for key, value in zip(items[::2], items[1::2]):
            target[key] = value

    @_loader(ADDITEMS)
    def load_additems(self):
        items = self.pop_mark()
        target = self._top()
        if isinstance(target, set):
            target.update(items)
        else:
            for item in items:
                target.add(item)

    @_loader(POP)
    def load_pop(self):
        if self.stack:
            self.stack.pop()
        else:
            self.pop_mark()

    @_loader(POP_MARK)
    def load_pop_mark(self):
        self.pop_mark()

    @_loader(DUP)
    def load_dup(self):
        self.append(self._top())

    def _memo_get(self, index):
        if index not in self.memo:
            raise UnpicklingError(f"Memo value not found at index {index}")
        self.append(self.memo[index])

    @_loader(GET)
    def load_get(self):
        self._memo_get(int(self._line()))

    @_loader(BINGET, fmt='<B')
    @_loader(LONG_BINGET, fmt='<I')
    def _load_binary_get(self, fmt):
        self._memo_get(self._number(fmt))

    def _memo_put(self, index):
        self.memo[index] = self._top()

    @_loader(PUT)
    def load_put(self):
        index = int(self._line())
        if index < 0:
            raise ValueError("negative PUT argument")
        self._memo_put(index)

    @_loader(BINPUT, fmt='<B')
    @_loader(LONG_BINPUT, fmt='<I')
    def _load_binary_put(self, fmt):
        index = self._number(fmt)
        if index > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self._memo_put(index)

    @_loader(MEMOIZE)
    def load_memoize(self):
        self._memo_put(len(self.memo))

    @_loader(PERSID)
    def load_persid(self):
        try:
            pid = self._line()
        except UnicodeDecodeError:
            raise UnpicklingError(
                "persistent IDs in protocol 0 must be ASCII strings")
        self.append(self.persistent_load(pid))

    @_loader(BINPERSID)
    def load_binpersid(self):
        self.append(self.persistent_load(self._pop()))

    @_loader(GLOBAL)
    def load_global(self):
        module = self._line("utf-8")
        self.append(self.find_class(module, self._line("utf-8")))

    @_loader(STACK_GLOBAL)
    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))

    @_loader(EXT1, fmt='<B')
    @_loader(EXT2, fmt='<H')
    @_loader(EXT4, fmt='<i')
    def _load_extension(self, fmt):
        code = self._number(fmt)
        found = copyreg._extension_cache.get(code)
        if found is None:
            key = copyreg._inverted_registry.get(code)
            if not key:
                raise ValueError(f"unregistered extension code {code}")
            found = copyreg._extension_cache[code] = self.find_class(*key)
        self.append(found)

    @_loader(REDUCE)
    def load_reduce(self):
        args = self._pop()
        function = self._pop()
        self.append(function(*args))

    @_loader(NEWOBJ)
    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        self.append(cls.__new__(cls, *args))

    @_loader(NEWOBJ_EX)
    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        self.append(cls.__new__(cls, *args, **kwargs))

    def _instantiate(self, cls, args):
        """INST and OBJ: call the class, unless (with no arguments and no
        __getinitargs__) it is a class to create without __init__."""
        if args or not isinstance(cls, type) or hasattr(cls, "__getinitargs__"):
            try:
                made = cls(*args)
            except TypeError as err:
                raise TypeError(f"in constructor for {cls.__name__}: {err}",
                                err.__traceback__)
        else:
            made = cls.__new__(cls)
        self.append(made)

    @_loader(INST)
    def load_inst(self):
        module = self._line()
        cls = self.find_class(module, self._line())
        self._instantiate(cls, self.pop_mark())

    @_loader(OBJ)
    def load_obj(self):
        args = self.pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)

    @_loader(BUILD)
    def load_build(self):
        state = self._pop()
        target = self._top()
        setstate = getattr(target, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slots = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slots = state
        if state:
            # gilpy's instances of built-in subclasses keep attributes
            # without a __dict__ to hand out: setattr reaches them.
            namespace = getattr(target, '__dict__', None)
            for key, value in state.items():
                if namespace is None:
                    setattr(target, key, value)
                else:
                    namespace[key] = value
        for key, value in (slots or {}).items():
            setattr(target, key, value)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write a pickle of `obj` to the binary file."""
    Pickler(file, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Return a pickle of `obj` as bytes."""
    sink = _BytesIO()
    dump(obj, sink, protocol, fix_imports=fix_imports,
         buffer_callback=buffer_callback)
    return sink.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict",
         buffers=None):
    """Read a pickle from the binary file and return the object."""
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding,
                     errors=errors, buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict",
          buffers=None):
    """Return the object pickled in `data`."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return load(_BytesIO(data), fix_imports=fix_imports, encoding=encoding,
                errors=errors, buffers=buffers)
