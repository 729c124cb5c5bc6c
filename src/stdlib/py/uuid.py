"""UUID objects (RFC 4122): parsing and formatting, and the uuid1/3/4/5 generators."""

import enum as _enum
import random as _random
import time as _time

__all__ = ['UUID', 'SafeUUID', 'uuid1', 'uuid3', 'uuid4', 'uuid5', 'NAMESPACE_DNS',
           'NAMESPACE_URL', 'NAMESPACE_OID', 'NAMESPACE_X500', 'RESERVED_NCS', 'RFC_4122',
           'RESERVED_MICROSOFT', 'RESERVED_FUTURE', 'getnode']

RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE = [
    'reserved for NCS compatibility', 'specified in RFC 4122',
    'reserved for Microsoft compatibility', 'reserved for future definition']


class SafeUUID(_enum.Enum):
    safe = 0
    unsafe = -1
    unknown = None


# UUID's constructor takes an `int` argument, which hides the builtin.
_int = int


def _to_bytes(n, length):
    return bytes.fromhex('%0*x' % (2 * length, n))


def _from_bytes(data):
    return int(data.hex(), 16) if data else 0


# The six fields of RFC 4122, from the most significant: (name, shift, bits).
_FIELDS = (('time_low', 96, 32), ('time_mid', 80, 16), ('time_hi_version', 64, 16),
           ('clock_seq_hi_variant', 56, 8), ('clock_seq_low', 48, 8), ('node', 0, 48))


def _field(shift, bits):
    return property(lambda self: (self.int >> shift) & ((1 << bits) - 1))


def _by_number(test):
    """A comparison of UUIDs by their 128-bit numbers."""
    def compare(self, other):
        if not isinstance(other, UUID):
            return NotImplemented
        return test(self.int, other.int)
    return compare


def _swap_le(data):
    """Bytes in big-endian field order from little-endian (or back): the first three
    fields are byte-reversed."""
    return data[3::-1] + data[5:3:-1] + data[7:5:-1] + data[8:]


class UUID:
    """A universally unique identifier: an immutable 128-bit number, shown as
    8-4-4-4-12 hex digits."""

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None,
                 version=None, *, is_safe=SafeUUID.unknown):
        given = [arg for arg in (hex, bytes, bytes_le, fields, int) if arg is not None]
        if len(given) != 1:
            raise TypeError('one of the hex, bytes, bytes_le, fields, or int arguments must '
                            'be given')
        if hex is not None:
            digits = hex.replace('urn:', '').replace('uuid:', '').strip('{}').replace('-', '')
            if len(digits) != 32:
                raise ValueError('badly formed hexadecimal UUID string')
            int = _int(digits, 16)
        elif bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            int = _from_bytes(_swap_le(bytes_le))
        elif bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            int = _from_bytes(bytes)
        elif fields is not None:
            if len(fields) != 6:
                raise ValueError('fields is not a 6-tuple')
            int = 0
            for position, (value, (_, shift, bits)) in enumerate(zip(fields, _FIELDS), 1):
                if not 0 <= value < 1 << bits:
                    article = 'an' if bits == 8 else 'a'
                    raise ValueError(f'field {position} out of range '
                                     f'(need {article} {bits}-bit value)')
                int |= value << shift
        if not 0 <= int < 1 << 128:
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            # The RFC 4122 variant (bits 10 at the top of clock_seq), then the version
            # in the top four bits of time_hi_version.
            int = (int & ~(0xc000 << 48)) | (0x8000 << 48)
            int = (int & ~(0xf000 << 64)) | (version << 76)
        object.__setattr__(self, 'int', int)
        object.__setattr__(self, 'is_safe', is_safe)

    __eq__ = _by_number(lambda a, b: a == b)
    __lt__ = _by_number(lambda a, b: a < b)
    __gt__ = _by_number(lambda a, b: a > b)
    __le__ = _by_number(lambda a, b: a <= b)
    __ge__ = _by_number(lambda a, b: a >= b)

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return f"{type(self).__name__}({str(self)!r})"

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __str__(self):
        digits = self.hex
        return '-'.join((digits[:8], digits[8:12], digits[12:16], digits[16:20], digits[20:]))

    time_low, time_mid, time_hi_version, clock_seq_hi_variant, clock_seq_low, node = (
        _field(shift, bits) for _, shift, bits in _FIELDS)

    @property
    def fields(self):
        return tuple(getattr(self, name) for name, _, _ in _FIELDS)

    @property
    def bytes(self):
        return _to_bytes(self.int, 16)

    @property
    def bytes_le(self):
        return _swap_le(self.bytes)

    @property
    def time(self):
        """The 60-bit timestamp of a version 1 UUID."""
        high = self.time_hi_version & 0x0fff
        return (high << 48) | (self.time_mid << 32) | self.time_low

    @property
    def clock_seq(self):
        """The 14-bit clock sequence of a version 1 UUID."""
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def hex(self):
        return '%032x' % self.int

    @property
    def urn(self):
        return f'urn:uuid:{self}'

    @property
    def variant(self):
        """Which layout the UUID follows, read from the top bits of clock_seq."""
        top = (self.int >> 61) & 0b111
        if not top & 0b100:
            return RESERVED_NCS
        if not top & 0b010:
            return RFC_4122
        if not top & 0b001:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        """1 to 5 for an RFC 4122 UUID, else None."""
        return (self.int >> 76) & 0xf if self.variant == RFC_4122 else None


_node = None


def getnode():
    """A random 48-bit node number with the multicast bit set, as RFC 4122 allows when no
    hardware address is at hand."""
    global _node
    if _node is None:
        _node = _random.getrandbits(48) | (1 << 40)
    return _node


_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    """A UUID from the time, a clock sequence and the node (a random one here)."""
    global _last_timestamp
    # Counted in 100-ns steps since the Gregorian reform, 1582-10-15; never twice the
    # same, so that UUIDs made in a quick succession differ.
    ticks = _time.time_ns() // 100 + 0x01b21dd213814000
    if _last_timestamp is not None:
        ticks = max(ticks, _last_timestamp + 1)
    _last_timestamp = ticks
    if clock_seq is None:
        clock_seq = _random.getrandbits(14)
    if node is None:
        node = getnode()
    parts = (ticks & 0xffffffff, (ticks >> 32) & 0xffff, (ticks >> 48) & 0x0fff,
             (clock_seq >> 8) & 0x3f, clock_seq & 0xff, node)
    return UUID(fields=parts, version=1)


def _from_name(hash_name, version, namespace, name):
    import hashlib
    digest = hashlib.new(hash_name, namespace.bytes + bytes(name, 'utf-8'),
                         usedforsecurity=False).digest()
    return UUID(bytes=digest[:16], version=version)


def uuid3(namespace, name):
    """A UUID from the MD5 hash of a namespace UUID and a name."""
    return _from_name('md5', 3, namespace, name)


def uuid4():
    """A random UUID."""
    return UUID(int=_random.getrandbits(128), version=4)


def uuid5(namespace, name):
    """A UUID from the SHA-1 hash of a namespace UUID and a name."""
    return _from_name('sha1', 5, namespace, name)


NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
