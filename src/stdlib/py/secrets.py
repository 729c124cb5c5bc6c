"""Random numbers and tokens for secrets (passwords, keys), from the OS's random source."""

import base64 as _base64
import os as _os
from hmac import compare_digest

__all__ = ['choice', 'randbelow', 'randbits', 'token_bytes', 'token_hex', 'token_urlsafe',
           'compare_digest']

DEFAULT_ENTROPY = 32


def randbits(k):
    if k < 0:
        raise ValueError('number of bits must be non-negative')
    nbytes = (k + 7) // 8
    if not nbytes:
        return 0
    return int(_os.urandom(nbytes).hex(), 16) >> (nbytes * 8 - k)


def randbelow(exclusive_upper_bound):
    if exclusive_upper_bound <= 0:
        raise ValueError('Upper bound must be positive.')
    bits = exclusive_upper_bound.bit_length()
    # Rejection sampling keeps every value equally likely.
    while True:
        r = randbits(bits)
        if r < exclusive_upper_bound:
            return r


def choice(seq):
    if not len(seq):
        raise IndexError('Cannot choose from an empty sequence')
    return seq[randbelow(len(seq))]


def token_bytes(nbytes=None):
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return _os.urandom(nbytes)


def token_hex(nbytes=None):
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    tok = token_bytes(nbytes)
    return _base64.urlsafe_b64encode(tok).decode('ascii').rstrip('=')
