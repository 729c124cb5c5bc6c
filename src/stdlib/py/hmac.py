"""HMAC (RFC 2104): a message authentication code built from any hashlib
digest and a secret key."""

import hashlib as _hashlib

digest_size = None

# The key, padded to the digest's block size, is XORed with these bytes for
# the outer and the inner hash.
_OUTER_PAD = 0x5C
_INNER_PAD = 0x36


def _factory(digestmod):
    """A callable making fresh digest objects (data optional), from a hash
    name, a constructor such as hashlib.sha256, or a module with new()."""
    if isinstance(digestmod, str):
        return lambda data=b'': _hashlib.new(digestmod, data)
    if callable(digestmod):
        return digestmod
    return digestmod.new


def _masked(key, pad):
    return bytes(byte ^ pad for byte in key)


class HMAC:
    """A running HMAC computation; feed it with update()."""

    blocksize = 64  # kept for compatibility; block_size holds the real value

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError(f'key: expected bytes or bytearray, but got {type(key).__name__!r}')
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        fresh = _factory(digestmod)
        self._inner = fresh()
        self._outer = fresh()
        self.digest_size = self._inner.digest_size
        self.block_size = getattr(self._inner, 'block_size', 64)
        if len(key) > self.block_size:
            key = fresh(key).digest()
        key = bytes(key).ljust(self.block_size, b'\0')
        self._inner.update(_masked(key, _INNER_PAD))
        self._outer.update(_masked(key, _OUTER_PAD))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return f'hmac-{self._inner.name}'

    def update(self, msg):
        """Add msg to the authenticated data."""
        self._inner.update(msg)

    def copy(self):
        """An independent HMAC with the same state."""
        twin = type(self).__new__(type(self))
        twin.__dict__.update(self.__dict__)
        twin._inner = self._inner.copy()
        twin._outer = self._outer.copy()
        return twin

    def _finish(self):
        final = self._outer.copy()
        final.update(self._inner.digest())
        return final

    def digest(self):
        """The MAC of the data so far, as bytes; the HMAC can still be updated."""
        return self._finish().digest()

    def hexdigest(self):
        """Like digest(), as a string of hex digits."""
        return self._finish().hexdigest()


def new(key, msg=None, digestmod=''):
    """A new HMAC object for key, fed with msg if given."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of msg under key with hash digest, in one call."""
    return HMAC(key, msg, digest).digest()


def _comparable(value):
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    return None


def compare_digest(a, b):
    """a == b, taking a time that depends on the length of b but not on
    where the two differ, so it leaks nothing about the secret."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError('comparing strings with non-ASCII characters is not supported')
        left, right = a.encode(), b.encode()
    elif isinstance(a, str) or isinstance(b, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    else:
        left, right = _comparable(a), _comparable(b)
        if left is None or right is None:
            raise TypeError('unsupported operand types(s) or combination of types: '
                            f"'{type(a).__name__}' and '{type(b).__name__}'")
    # Always walk all of `right`; on a length mismatch compare it with itself.
    against = left if len(left) == len(right) else right
    differences = len(left) ^ len(right)
    for x, y in zip(against, right):
        differences |= x ^ y
    return differences == 0
