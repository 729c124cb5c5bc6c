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

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}):
        threading.Thread.__init__(self, group, target, name, args, kwargs)
        self._pid = None
        self._children = {}
        self._start_called = False
        self._parent = current_process()

    def start(self):
        if self._parent is not current_process():
            raise RuntimeError("Parent is {0!r} but current_process is {1!r}".format(
                self._parent, current_process()))
        self._start_called = True
        if hasattr(self._parent, '_children'):
            self._parent._children[self] = None
        threading.Thread.start(self)

    @property
    def exitcode(self):
        if self._start_called and not self.is_alive():
            return 0
        return None


Process = DummyProcess
current_process = threading.current_thread
current_process()._children = {}


def active_children():
    children = current_process()._children
    for p in list(children):
        if not p.is_alive():
            children.pop(p, None)
    return list(children)


def freeze_support():
    pass


class Value:
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
    return ThreadPool(processes, initializer, initargs)
