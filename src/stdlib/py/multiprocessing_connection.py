"""`multiprocessing.connection`: the connections of pipes, and waiting on several of
them, or on process sentinels, at once."""

import _multiprocessing as _mp
from multiprocessing import Connection, Pipe

__all__ = ['Connection', 'Pipe', 'wait']


def _fileno(obj):
    return obj if isinstance(obj, int) else obj.fileno()


def wait(object_list, timeout=None):
    """The objects of `object_list` (connections, sentinels, objects with a fileno())
    that are ready to read from, or at their end, waiting up to `timeout` seconds."""
    object_list = list(object_list)
    ready = set(_mp.wait_fds([_fileno(o) for o in object_list], timeout))
    return [o for o in object_list if _fileno(o) in ready]
