"""`multiprocessing.dummy`: the API of multiprocessing over threads of this process."""

import threading
from threading import Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event, Barrier
from queue import Queue
from multiprocessing.pool import ThreadPool

__all__ = ['Process', 'current_process', 'active_children', 'freeze_support', 'Lock',
           'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier',
           'Queue', 'Pool', 'JoinableQueue', 'Value']

JoinableQueue = Queue


class DummyProcess(threading.Thread):
    """A thread dressed as a process: it records which thread created it, which
    alone may start it, and reports exit code 0 once it has run."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}):
        super().__init__(group, target, name, args, kwargs)
        self._pid = None
        self._children = {}
        self._started_once = False
        self._parent = threading.current_thread()

    def start(self):
        here = threading.current_thread()
        if here is not self._parent:
            raise RuntimeError("Parent is {0!r} but current_process is {1!r}".format(
                self._parent, here))
        self._started_once = True
        # Threads that were not made here have no child table to join.
        registry = getattr(self._parent, '_children', None)
        if registry is not None:
            registry[self] = None
        super().start()

    @property
    def exitcode(self):
        finished = self._started_once and not self.is_alive()
        return 0 if finished else None


Process = DummyProcess
current_process = threading.current_thread
threading.current_thread()._children = {}


def active_children():
    """The children of the calling thread still running; finished ones are forgotten."""
    table = threading.current_thread()._children
    for child in [c for c in table if not c.is_alive()]:
        del table[child]
    return list(table)


def freeze_support():
    pass


class Value:
    """A plain holder: threads share memory, so nothing needs synchronizing."""

    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, value):
        self._value = value

    def __repr__(self):
        return '<%s(%r, %r)>' % (type(self).__name__, self._typecode, self._value)


def Pool(processes=None, initializer=None, initargs=()):
    """A pool of worker threads with the API of multiprocessing.Pool."""
    return ThreadPool(processes=processes, initializer=initializer, initargs=initargs)
