"""UUID objects (RFC 4122): parsing and formatting, and the uuid1/3/4/5 generators."""

import enum as _enum
import random as _random
import time as _time

__all__ = ['UUID', 'SafeUUID', 'uuid1', 'uuid3', 'uuid4', 'uuid5', 'NAMESPACE_DNS',
           'NAMESPACE_URL', 'NAMESPACE_OID', 'NAMESPACE_X500', 'RESERVED_NCS', 'RFC_4122',
           'RESERVED_MICROSOFT', 'RESERVED_FUTURE', 'getnode']

# The variants, named by the text UUID.variant gives.
RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'


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


def _by_value(name, test):
    """A comparison method of UUID: test on the two int values, or NotImplemented."""
    def compare(self, other):
        if not isinstance(other, UUID):
            return NotImplemented
        return test(self.int, other.int)
    compare.__name__ = name
    return compare


def _bit_field(shift, width):
    """A read-only property: `width` bits of the UUID's int, `shift` bits up."""
    mask = (1 << width) - 1
    return property(lambda self: (self.int >> shift) & mask)


_GREGORIAN_TO_UNIX_TICKS = 0x01b21dd213814000


class UUID:
    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None,
                 version=None, *, is_safe=SafeUUID.unknown):
        if sum(arg is not None for arg in (hex, bytes, bytes_le, fields, int)) != 1:
            raise TypeError('one of the hex, bytes, bytes_le, fields, or int arguments must '
                            'be given')
        if hex is not None:
            # Braces, hyphens and a urn:uuid: prefix are all optional.
            digits = hex.replace('urn:', '').replace('uuid:', '').strip('{}').replace('-', '')
            if len(digits) != 32:
                raise ValueError('badly formed hexadecimal UUID string')
            int = _int(digits, 16)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            bytes = (bytes_le[4 - 1::-1] + bytes_le[6 - 1:4 - 1:-1] + bytes_le[8 - 1:6 - 1:-1]
                     + bytes_le[8:])
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            int = _from_bytes(bytes)
        if fields is not None:
            if len(fields) != 6:
                raise ValueError('fields is not a 6-tuple')
            (time_low, time_mid, time_hi_version, clock_seq_hi_variant, clock_seq_low,
             node) = fields
            limits = [(time_low, 32, 1), (time_mid, 16, 2), (time_hi_version, 16, 3),
                      (clock_seq_hi_variant, 8, 4), (clock_seq_low, 8, 5), (node, 48, 6)]
            for value, bits, n in limits:
                if not 0 <= value < 1 << bits:
                    article = 'an' if bits == 8 else 'a'
                    raise ValueError('field %d out of range (need %s %d-bit value)'
                                     % (n, article, bits))
            int = ((time_low << 96) | (time_mid << 80) | (time_hi_version << 64)
                   | (clock_seq_hi_variant << 56) | (clock_seq_low << 48) | node)
        if int is not None and not 0 <= int < 1 << 128:
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            # The RFC 4122 variant (bits 10) and the version nibble replace what was there.
            int = ((int & ~((0xc000 << 48) | (0xf000 << 64)))
                   | (0x8000 << 48) | (version << 76))
        # Instances are immutable: only the constructor writes, past __setattr__.
        set_slot = object.__setattr__
        set_slot(self, 'int', int)
        set_slot(self, 'is_safe', is_safe)

    # UUIDs order by their 128-bit value and compare only with UUIDs.
    __eq__ = _by_value('__eq__', lambda a, b: a == b)
    __lt__ = _by_value('__lt__', lambda a, b: a < b)
    __gt__ = _by_value('__gt__', lambda a, b: a > b)
    __le__ = _by_value('__le__', lambda a, b: a <= b)
    __ge__ = _by_value('__ge__', lambda a, b: a >= b)

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __str__(self):
        hex = '%032x' % self.int
        return '%s-%s-%s-%s-%s' % (hex[:8], hex[8:12], hex[12:16], hex[16:20], hex[20:])

    @property
    def bytes(self):
        return _to_bytes(self.int, 16)

    @property
    def bytes_le(self):
        b = self.bytes
        return b[4 - 1::-1] + b[6 - 1:4 - 1:-1] + b[8 - 1:6 - 1:-1] + b[8:]

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version, self.clock_seq_hi_variant,
                self.clock_seq_low, self.node)

    # The six fields, from the most significant bits down.
    time_low = _bit_field(96, 32)
    time_mid = _bit_field(80, 16)
    time_hi_version = _bit_field(64, 16)
    clock_seq_hi_variant = _bit_field(56, 8)
    clock_seq_low = _bit_field(48, 8)
    node = _bit_field(0, 48)

    @property
    def time(self):
        return (((self.time_hi_version & 0x0fff) << 48) | (self.time_mid << 32)
                | self.time_low)

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def hex(self):
        return '%032x' % self.int

    @property
    def urn(self):
        return 'urn:uuid:%s' % self

    @property
    def variant(self):
        # The leading bits of clock_seq_hi_variant: 0, 10, 110 or 111.
        top = self.clock_seq_hi_variant >> 5
        if top < 4:
            return RESERVED_NCS
        if top < 6:
            return RFC_4122
        if top == 6:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        """The version nibble, meaningful only for RFC 4122 UUIDs (else None)."""
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
    """A time-based UUID: the time in 100-ns ticks since 1582-10-15 (the Gregorian
    reform), a clock sequence (random by default) and the node (getnode())."""
    global _last_timestamp
    ticks = _time.time_ns() // 100 + _GREGORIAN_TO_UNIX_TICKS
    # Two UUIDs made within one tick still differ.
    if _last_timestamp is not None:
        ticks = max(ticks, _last_timestamp + 1)
    _last_timestamp = ticks
    seq = _random.getrandbits(14) if clock_seq is None else clock_seq
    fields = (ticks & 0xffffffff, (ticks >> 32) & 0xffff, (ticks >> 48) & 0x0fff,
              (seq >> 8) & 0x3f, seq & 0xff, getnode() if node is None else node)
    return UUID(fields=fields, version=1)


def uuid3(namespace, name):
    from hashlib import md5
    digest = md5(namespace.bytes + bytes(name, 'utf-8'), usedforsecurity=False).digest()
    return UUID(bytes=digest[:16], version=3)


def uuid4():
    return UUID(int=_random.getrandbits(128), version=4)


def uuid5(namespace, name):
    from hashlib import sha1
    digest = sha1(namespace.bytes + bytes(name, 'utf-8'), usedforsecurity=False).digest()
    return UUID(bytes=digest[:16], version=5)


# The name spaces of RFC 4122 appendix C differ only in their first group's last digit.
NAMESPACE_DNS, NAMESPACE_URL, NAMESPACE_OID, NAMESPACE_X500 = [
    UUID('6ba7b81%s-9dad-11d1-80b4-00c04fd430c8' % digit) for digit in '0124']
