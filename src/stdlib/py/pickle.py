"""Serialising objects to bytes and back: dumps/loads, dump/load, Pickler and
Unpickler.

The output follows CPython's C pickler byte for byte (opcodes, memo, batches,
protocol 4 framing), so pickles travel between gilpy and CPython both ways.
Classes and functions are pickled by reference (module and qualified name);
instances by their class and state, through __reduce_ex__/__reduce__ when the
class defines them, otherwise as object.__reduce_ex__ does in CPython."""

import sys
from struct import pack as _pack, unpack as _unpack
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

    def __init__(self, file, protocol=None, *, fix_imports=True,
                 buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fix_imports = fix_imports and protocol < 3
        self.memo = {}
        self.fast = 0

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by "
                                "%s.__init__()" % (self.__class__.__name__,))
        out = self._out = _Output()
        self.write = out.write
        if self.proto >= 2:
            out.write(PROTO + _pack("<B", self.proto))
        if self.proto >= 4:
            out.start_framing()
        self.save(obj)
        out.write(STOP)
        out.end_framing()
        self._file_write(bytes(out.data))

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self.write(self.put(idx))
        self.memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        elif self.bin:
            if idx < 256:
                return BINPUT + _pack("<B", idx)
            return LONG_BINPUT + _pack("<I", idx)
        return PUT + repr(idx).encode("ascii") + b'\n'

    def get(self, i):
        if self.bin:
            if i < 256:
                return BINGET + _pack("<B", i)
            return LONG_BINGET + _pack("<I", i)
        return GET + repr(i).encode("ascii") + b'\n'

    def save(self, obj, save_persistent_id=True):
        self._out.commit_frame()
        pid = self.persistent_id(obj)
        if pid is not None and save_persistent_id:
            self.save_pers(pid)
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return
        t = type(obj)
        f = self.dispatch.get(t)
        if f is not None:
            f(self, obj)
            return
        reduce = getattr(self, "dispatch_table", dispatch_table).get(t)
        if reduce is not None:
            rv = reduce(obj)
        else:
            if issubclass(t, type):
                self.save_global(obj)
                return
            rv = _reduce_ex(obj, self.proto)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain "
                                "2 through 6 elements")
        self.save_reduce(*rv, obj=obj)

    def persistent_id(self, obj):
        return None

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            try:
                self.write(PERSID + str(pid).encode("ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError(
                    "persistent IDs in protocol 0 must be ASCII strings")

    def save_reduce(self, func, args, state=None, listitems=None,
                    dictitems=None, state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by "
                                "__reduce__ must be a tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by "
                                "__reduce__ must be callable")
        save = self.save
        write = self.write
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            cls, args, kwargs = args
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj_ex__ args has no "
                                    "__new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj_ex__ args has the "
                                    "wrong class")
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                func = _partial_new(cls, args, kwargs)
                save(func)
                save(())
                write(REDUCE)
        elif self.proto >= 2 and func_name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no "
                                    "__new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the "
                                    "wrong class")
            args = args[1:]
            save(cls)
            save(args)
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)
        if obj is not None:
            if id(obj) in self.memo:
                write(POP + self.get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

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
        if self.bin:
            if obj >= 0:
                if obj <= 0xff:
                    self.write(BININT1 + _pack("<B", obj))
                    return
                if obj <= 0xffff:
                    self.write(BININT2 + _pack("<H", obj))
                    return
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(BININT + _pack("<i", obj))
                return
        if self.proto >= 2:
            encoded = _encode_long(obj)
            n = len(encoded)
            if n < 256:
                self.write(LONG1 + _pack("<B", n) + encoded)
            else:
                self.write(LONG4 + _pack("<i", n) + encoded)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(INT + repr(obj).encode("ascii") + b'\n')
        else:
            self.write(LONG + repr(obj).encode("ascii") + b'L\n')
    dispatch[int] = save_long

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + _pack('>d', obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b'\n')
    dispatch[float] = save_float

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                import codecs
                self.save_reduce(codecs.encode,
                                 (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + _pack("<B", n) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._out.write_large(BINBYTES8 + _pack("<Q", n), obj)
        else:
            self._out.write_large(BINBYTES + _pack("<I", n), obj)
        self.memoize(obj)
    dispatch[bytes] = save_bytes

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self._out.write_large(BYTEARRAY8 + _pack("<Q", len(obj)), bytes(obj))
        self.memoize(obj)
    dispatch[bytearray] = save_bytearray

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode('utf-8', 'surrogatepass')
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self.write(SHORT_BINUNICODE + _pack("<B", n) + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self._out.write_large(BINUNICODE8 + _pack("<Q", n), encoded)
            else:
                self._out.write_large(BINUNICODE + _pack("<I", n), encoded)
        else:
            obj = obj.replace("\\", "\\u005c")
            obj = obj.replace("\0", "\\u0000")
            obj = obj.replace("\n", "\\u000a")
            obj = obj.replace("\r", "\\u000d")
            obj = obj.replace("\x1a", "\\u001a")
            self.write(UNICODE + _raw_unicode_escape(obj) + b'\n')
        self.memoize(obj)
    dispatch[str] = save_str

    def save_tuple(self, obj):
        if not obj:
            if self.bin:
                self.write(EMPTY_TUPLE)
            else:
                self.write(MARK + TUPLE)
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            if id(obj) in memo:
                get = self.get(memo[id(obj)][0])
                self.write(POP * n + get)
            else:
                self.write(_tuplesize2code[n])
                self.memoize(obj)
            return
        write = self.write
        write(MARK)
        for element in obj:
            save(element)
        if id(obj) in memo:
            get = self.get(memo[id(obj)][0])
            if self.bin:
                write(POP_MARK + get)
            else:
                write(POP * (n + 1) + get)
            return
        write(TUPLE)
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
        write = self.write
        write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            write(POP_MARK + self.get(self.memo[id(obj)][0]))
            return
        write(FROZENSET)
        self.memoize(obj)
    dispatch[frozenset] = save_frozenset

    def save_global(self, obj, name=None):
        write = self.write
        if name is None:
            name = getattr(obj, '__qualname__', None)
        if name is None:
            name = obj.__name__
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except Exception:
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        try:
            obj2, parent = _getattribute(module, name)
        except AttributeError as exc:
            if str(exc).startswith("Can't pickle local object"):
                raise
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s "
                                "failed" % (obj, name, module_name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object "
                                "as %s.%s" % (obj, module_name, name))
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, name.rpartition('.')[2]))
        else:
            if self.fix_imports:
                module_name, name = _python2_name(module_name, name)
            try:
                write(GLOBAL + bytes(module_name, "ascii") + b'\n' +
                      bytes(name, "ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError(
                    "can't pickle global identifier '%s.%s' using "
                    "pickle protocol %i" % (module_name, name, self.proto)
                ) from None
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        elif obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        elif obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    dispatch[_FunctionType] = save_global
    dispatch[_BuiltinType] = save_global
    dispatch[type] = save_type

    def _save_singleton(name):
        def save(self, obj):
            self.save_global(obj, name)
        return save

    dispatch[type(...)] = _save_singleton("Ellipsis")
    dispatch[type(NotImplemented)] = _save_singleton("NotImplemented")
    del _save_singleton


def _partial_new(cls, args, kwargs):
    import functools
    return functools.partial(cls.__new__, cls, *args, **kwargs)


class _Unframer:
    """Reads a pickle from a file, serving reads from the current FRAME's
    bytes once a FRAME opcode has been read."""

    def __init__(self, file_read, file_readline):
        self.file_read = file_read
        self.file_readline = file_readline
        self.current_frame = None

    def read(self, n):
        if self.current_frame:
            data = self.current_frame.read(n)
            if not data and n != 0:
                self.current_frame = None
                return self.file_read(n)
            if len(data) < n:
                raise UnpicklingError("pickle exhausted before end of frame")
            return data
        return self.file_read(n)

    def readline(self):
        if self.current_frame:
            data = self.current_frame.readline()
            if not data:
                self.current_frame = None
                return self.file_readline()
            if data[-1] != 10:
                raise UnpicklingError("pickle exhausted before end of frame")
            return data
        return self.file_readline()

    def load_frame(self, frame_size):
        if self.current_frame and self.current_frame.read() != b'':
            raise UnpicklingError(
                "beginning of a new frame before end of current frame")
        self.current_frame = _BytesIO(self.file_read(frame_size))


class Unpickler:

    def __init__(self, file, *, fix_imports=True, encoding="ASCII",
                 errors="strict", buffers=None):
        self._buffers = iter(buffers) if buffers is not None else None
        try:
            self._file_readline = file.readline
            self._file_read = file.read
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes")
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def load(self):
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by "
                                  "%s.__init__()" % (self.__class__.__name__,))
        self._unframer = _Unframer(self._file_read, self._file_readline)
        self.read = self._unframer.read
        self.readline = self._unframer.readline
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        read = self.read
        dispatch = self.dispatch
        first = True
        try:
            while True:
                key = read(1)
                if not key:
                    if first:
                        raise EOFError("Ran out of input")
                    raise UnpicklingError("pickle data was truncated")
                first = False
                f = dispatch.get(key[0])
                if f is None:
                    c = chr(key[0])
                    if not c.isprintable() or not c.isascii():
                        c = "\\x%02x" % key[0]
                    raise UnpicklingError("invalid load key, '%s'." % c)
                f(self)
        except _Stop as stopinst:
            return stopinst.value

    def _read_exact(self, n):
        data = self.read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _readline(self):
        data = self.readline()
        if not data.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return data

    def pop_mark(self):
        items = self.stack
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _pop(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack.pop()

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was "
                              "encountered, but no persistent_load function "
                              "was specified.")

    dispatch = {}

    def load_proto(self):
        proto = self._read_exact(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto
    dispatch[PROTO[0]] = load_proto

    def load_frame(self):
        frame_size, = _unpack('<Q', self._read_exact(8))
        if frame_size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % frame_size)
        self._unframer.load_frame(frame_size)
    dispatch[FRAME[0]] = load_frame

    def load_persid(self):
        try:
            pid = self._readline()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError(
                "persistent IDs in protocol 0 must be ASCII strings")
        self.append(self.persistent_load(pid))
    dispatch[PERSID[0]] = load_persid

    def load_binpersid(self):
        pid = self._pop()
        self.append(self.persistent_load(pid))
    dispatch[BINPERSID[0]] = load_binpersid

    def load_none(self):
        self.append(None)
    dispatch[NONE[0]] = load_none

    def load_false(self):
        self.append(False)
    dispatch[NEWFALSE[0]] = load_false

    def load_true(self):
        self.append(True)
    dispatch[NEWTRUE[0]] = load_true

    def load_int(self):
        data = self._readline()
        if data == b'I00\n'[1:]:
            val = False
        elif data == b'I01\n'[1:]:
            val = True
        else:
            val = int(data.decode("ascii"), 0)
        self.append(val)
    dispatch[INT[0]] = load_int

    def load_binint(self):
        self.append(_unpack('<i', self._read_exact(4))[0])
    dispatch[BININT[0]] = load_binint

    def load_binint1(self):
        self.append(self._read_exact(1)[0])
    dispatch[BININT1[0]] = load_binint1

    def load_binint2(self):
        self.append(_unpack('<H', self._read_exact(2))[0])
    dispatch[BININT2[0]] = load_binint2

    def load_long(self):
        val = self._readline()[:-1]
        if val and val[-1] == b'L'[0]:
            val = val[:-1]
        self.append(int(val.decode("ascii"), 0))
    dispatch[LONG[0]] = load_long

    def load_long1(self):
        n = self._read_exact(1)[0]
        self.append(_decode_long(self._read_exact(n)))
    dispatch[LONG1[0]] = load_long1

    def load_long4(self):
        n, = _unpack('<i', self._read_exact(4))
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(_decode_long(self._read_exact(n)))
    dispatch[LONG4[0]] = load_long4

    def load_float(self):
        self.append(float(self._readline()[:-1].decode("ascii")))
    dispatch[FLOAT[0]] = load_float

    def load_binfloat(self):
        self.append(_unpack('>d', self._read_exact(8))[0])
    dispatch[BINFLOAT[0]] = load_binfloat

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self._readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        import codecs
        self.append(self._decode_string(codecs.escape_decode(data)[0]))
    dispatch[STRING[0]] = load_string

    def load_binstring(self):
        n, = _unpack('<i', self._read_exact(4))
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self._read_exact(n)))
    dispatch[BINSTRING[0]] = load_binstring

    def load_short_binstring(self):
        n = self._read_exact(1)[0]
        self.append(self._decode_string(self._read_exact(n)))
    dispatch[SHORT_BINSTRING[0]] = load_short_binstring

    def load_binbytes(self):
        n, = _unpack('<I', self._read_exact(4))
        self.append(self._read_exact(n))
    dispatch[BINBYTES[0]] = load_binbytes

    def load_short_binbytes(self):
        n = self._read_exact(1)[0]
        self.append(self._read_exact(n))
    dispatch[SHORT_BINBYTES[0]] = load_short_binbytes

    def load_binbytes8(self):
        n, = _unpack('<Q', self._read_exact(8))
        self.append(self._read_exact(n))
    dispatch[BINBYTES8[0]] = load_binbytes8

    def load_bytearray8(self):
        n, = _unpack('<Q', self._read_exact(8))
        self.append(bytearray(self._read_exact(n)))
    dispatch[BYTEARRAY8[0]] = load_bytearray8

    def load_unicode(self):
        self.append(_raw_unicode_unescape(self._readline()[:-1]))
    dispatch[UNICODE[0]] = load_unicode

    def load_binunicode(self):
        n, = _unpack('<I', self._read_exact(4))
        self.append(str(self._read_exact(n), 'utf-8', 'surrogatepass'))
    dispatch[BINUNICODE[0]] = load_binunicode

    def load_binunicode8(self):
        n, = _unpack('<Q', self._read_exact(8))
        self.append(str(self._read_exact(n), 'utf-8', 'surrogatepass'))
    dispatch[BINUNICODE8[0]] = load_binunicode8

    def load_short_binunicode(self):
        n = self._read_exact(1)[0]
        self.append(str(self._read_exact(n), 'utf-8', 'surrogatepass'))
    dispatch[SHORT_BINUNICODE[0]] = load_short_binunicode

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))
    dispatch[TUPLE[0]] = load_tuple

    def load_empty_tuple(self):
        self.append(())
    dispatch[EMPTY_TUPLE[0]] = load_empty_tuple

    def _load_tuple_n(n):
        def load(self):
            if len(self.stack) < n:
                raise UnpicklingError("unpickling stack underflow")
            items = self.stack[len(self.stack) - n:]
            del self.stack[len(self.stack) - n:]
            self.append(tuple(items))
        return load

    dispatch[TUPLE1[0]] = _load_tuple_n(1)
    dispatch[TUPLE2[0]] = _load_tuple_n(2)
    dispatch[TUPLE3[0]] = _load_tuple_n(3)
    del _load_tuple_n

    def load_empty_list(self):
        self.append([])
    dispatch[EMPTY_LIST[0]] = load_empty_list

    def load_empty_dictionary(self):
        self.append({})
    dispatch[EMPTY_DICT[0]] = load_empty_dictionary

    def load_empty_set(self):
        self.append(set())
    dispatch[EMPTY_SET[0]] = load_empty_set

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))
    dispatch[FROZENSET[0]] = load_frozenset

    def load_list(self):
        items = self.pop_mark()
        self.append(items)
    dispatch[LIST[0]] = load_list

    def load_dict(self):
        items = self.pop_mark()
        d = {items[i]: items[i + 1] for i in range(0, len(items), 2)}
        self.append(d)
    dispatch[DICT[0]] = load_dict

    def _instantiate(self, klass, args):
        if (args or not isinstance(klass, type) or
                hasattr(klass, "__getinitargs__")):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" %
                                (klass.__name__, str(err)), err.__traceback__)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self._readline()[:-1].decode("ascii")
        name = self._readline()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())
    dispatch[INST[0]] = load_inst

    def load_obj(self):
        args = self.pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)
    dispatch[OBJ[0]] = load_obj

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        self.append(cls.__new__(cls, *args))
    dispatch[NEWOBJ[0]] = load_newobj

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        self.append(cls.__new__(cls, *args, **kwargs))
    dispatch[NEWOBJ_EX[0]] = load_newobj_ex

    def load_global(self):
        module = self._readline()[:-1].decode("utf-8")
        name = self._readline()[:-1].decode("utf-8")
        self.append(self.find_class(module, name))
    dispatch[GLOBAL[0]] = load_global

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))
    dispatch[STACK_GLOBAL[0]] = load_stack_global

    def _load_ext(nbytes, fmt):
        def load(self):
            code, = _unpack(fmt, self._read_exact(nbytes))
            obj = copyreg._extension_cache.get(code)
            if obj is None:
                key = copyreg._inverted_registry.get(code)
                if not key:
                    raise ValueError("unregistered extension code %d" % code)
                obj = self.find_class(*key)
                copyreg._extension_cache[code] = obj
            self.append(obj)
        return load

    dispatch[EXT1[0]] = _load_ext(1, '<B')
    dispatch[EXT2[0]] = _load_ext(2, '<H')
    dispatch[EXT4[0]] = _load_ext(4, '<i')
    del _load_ext

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _NAME_MAPPING_2TO3:
                module, name = _NAME_MAPPING_2TO3[(module, name)]
            else:
                module = _IMPORT_MAPPING_2TO3.get(module, module)
        __import__(module, level=0)
        mod = sys.modules[module]
        if self.proto >= 4:
            try:
                return _getattribute(mod, name)[0]
            except AttributeError:
                pass
        else:
            try:
                return getattr(mod, name)
            except AttributeError:
                pass
        raise AttributeError("Can't get attribute %r on %r" % (name, mod))

    def load_reduce(self):
        args = self._pop()
        func = self._pop()
        self.append(func(*args))
    dispatch[REDUCE[0]] = load_reduce

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        else:
            self.pop_mark()
    dispatch[POP[0]] = load_pop

    def load_pop_mark(self):
        self.pop_mark()
    dispatch[POP_MARK[0]] = load_pop_mark

    def load_dup(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        self.append(self.stack[-1])
    dispatch[DUP[0]] = load_dup

    def _memo_get(self, i):
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) \
                from None

    def load_get(self):
        self._memo_get(int(self._readline()[:-1].decode("ascii")))
    dispatch[GET[0]] = load_get

    def load_binget(self):
        self._memo_get(self._read_exact(1)[0])
    dispatch[BINGET[0]] = load_binget

    def load_long_binget(self):
        self._memo_get(_unpack('<I', self._read_exact(4))[0])
    dispatch[LONG_BINGET[0]] = load_long_binget

    def _memo_put(self, i):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        self.memo[i] = self.stack[-1]

    def load_put(self):
        i = int(self._readline()[:-1].decode("ascii"))
        if i < 0:
            raise ValueError("negative PUT argument")
        self._memo_put(i)
    dispatch[PUT[0]] = load_put

    def load_binput(self):
        self._memo_put(self._read_exact(1)[0])
    dispatch[BINPUT[0]] = load_binput

    def load_long_binput(self):
        i, = _unpack('<I', self._read_exact(4))
        if i > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self._memo_put(i)
    dispatch[LONG_BINPUT[0]] = load_long_binput

    def load_memoize(self):
        self._memo_put(len(self.memo))
    dispatch[MEMOIZE[0]] = load_memoize

    def load_append(self):
        value = self._pop()
        self._pop_target().append(value)
    dispatch[APPEND[0]] = load_append

    def _pop_target(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack[-1]

    def load_appends(self):
        items = self.pop_mark()
        list_obj = self._pop_target()
        try:
            extend = list_obj.extend
        except AttributeError:
            pass
        else:
            extend(items)
            return
        append = list_obj.append
        for item in items:
            append(item)
    dispatch[APPENDS[0]] = load_appends

    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        self._pop_target()[key] = value
    dispatch[SETITEM[0]] = load_setitem

    def load_setitems(self):
        items = self.pop_mark()
        target = self._pop_target()
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]
    dispatch[SETITEMS[0]] = load_setitems

    def load_additems(self):
        items = self.pop_mark()
        set_obj = self._pop_target()
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            add = set_obj.add
            for item in items:
                add(item)
    dispatch[ADDITEMS[0]] = load_additems

    def load_build(self):
        state = self._pop()
        inst = self._pop_target()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            try:
                inst_dict = inst.__dict__
            except AttributeError:
                # Instances of gilpy's built-in subclasses keep their
                # attributes without a __dict__ to hand out.
                for k, v in state.items():
                    setattr(inst, k, v)
            else:
                for k, v in state.items():
                    inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)
    dispatch[BUILD[0]] = load_build

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append
    dispatch[MARK[0]] = load_mark

    def load_stop(self):
        value = self._pop()
        raise _Stop(value)
    dispatch[STOP[0]] = load_stop


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    f = _BytesIO()
    Pickler(f, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict",
         buffers=None):
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict",
          buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    file = _BytesIO(data)
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()
