"""Queues for handing items between threads: first-in first-out, last-in first-out,
lowest-first, and the smaller SimpleQueue.

A thread blocked on a queue waits on a Condition, so it gives up the GIL meanwhile.
Lines marked `# CPython: queue.py:N` are the ones CPython's tracebacks show.
"""

import threading
from _collections import deque
from heapq import heappop, heappush
from time import monotonic as _clock

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    # Defined by the C module `_queue` in CPython.
    __module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'


def _wait_until(cond, ready, timeout):
    """With `cond` held, waits until `ready()`; False if `timeout` seconds (None:
    forever) pass first."""
    if timeout is None:
        while not ready():
            cond.wait()
        return True
    deadline = _clock() + timeout
    while not ready():
        left = deadline - _clock()
        if left <= 0.0:
            return False
        cond.wait(left)
    return True


class Queue:
    """A first-in first-out queue holding at most `maxsize` items (<= 0: no limit).

    Subclasses change the order by overriding `_init`, `_qsize`, `_put` and `_get`,
    which run with the queue's mutex held."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One mutex; three conditions over it for the three things a caller waits for.
        lock = self.mutex = threading.Lock()
        self.not_empty, self.not_full, self.all_tasks_done = (
            threading.Condition(lock) for _ in range(3))
        self.unfinished_tasks = 0

    def _has_items(self):
        return self._qsize() > 0

    def _has_room(self):
        return self._qsize() < self.maxsize

    def task_done(self):
        """Marks one item taken by `get` as processed, for `join`."""
        with self.all_tasks_done:
            if self.unfinished_tasks <= 0:
                raise ValueError('task_done() called too many times')  # CPython: queue.py:75
            self.unfinished_tasks -= 1
            if not self.unfinished_tasks:
                self.all_tasks_done.notify_all()

    def join(self):
        """Waits until every item put has been marked done by `task_done`."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._has_items()

    def full(self):
        with self.mutex:
            return self.maxsize > 0 and not self._has_room()

    def put(self, item, block=True, timeout=None):
        """Adds `item`, waiting for room if the queue is bounded and `block` is true
        (at most `timeout` seconds, if given); raises Full when there is none."""
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if not self._has_room():
                        raise Full  # CPython: queue.py:137
                elif timeout is not None and timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")  # CPython: queue.py:142
                elif not _wait_until(self.not_full, self._has_room, timeout):
                    raise Full  # CPython: queue.py:148
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Removes and returns the next item, waiting for one if `block` is true (at
        most `timeout` seconds, if given); raises Empty when there is none."""
        with self.not_empty:
            if not block:
                if not self._has_items():
                    raise Empty  # CPython: queue.py:168
            elif timeout is not None and timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")  # CPython: queue.py:173
            elif not _wait_until(self.not_empty, self._has_items, timeout):
                raise Empty  # CPython: queue.py:179
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)  # CPython: queue.py:191

    def get_nowait(self):
        return self.get(block=False)  # CPython: queue.py:199

    # The storage, which subclasses replace.

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    """Hands out the smallest item first; items are often `(priority, data)` tuples."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """Hands out the most recently added item first, like a stack."""

    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded first-in first-out queue without task accounting.

    A C type in CPython, so its frames never show in tracebacks."""

    __module__ = '_queue'

    def __init__(self):
        self._items = deque()
        self._ready = threading.Condition(threading.Lock())

    def _has_items(self):
        return len(self._items) > 0

    def put(self, item, block=True, timeout=None):
        """Adds `item`; never blocks, so `block` and `timeout` are ignored."""
        with self._ready:
            self._items.append(item)
            self._ready.notify()

    def put_nowait(self, item):
        self.put(item, block=False)

    def get(self, block=True, timeout=None):
        with self._ready:
            if not block:
                if not self._items:
                    raise Empty
            elif timeout is not None and timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            elif not _wait_until(self._ready, self._has_items, timeout):
                raise Empty
            return self._items.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._items

    def qsize(self):
        return len(self._items)
