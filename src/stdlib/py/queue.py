"""Synchronised queues, after CPython's Lib/queue.py."""

import threading
from time import monotonic as time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


# CPython defines Empty and SimpleQueue in its C `_queue` module.
class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    __module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


class Queue:
    """A FIFO queue; `maxsize <= 0` means unbounded."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished <= 0:
                if unfinished < 0:
                    raise ValueError('task_done() called too many times')  # CPython: queue.py:75
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full  # CPython: queue.py:137
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                elif timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")  # CPython: queue.py:142
                else:
                    endtime = time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = endtime - time()
                        if remaining <= 0.0:
                            raise Full  # CPython: queue.py:148
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty  # CPython: queue.py:168
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")  # CPython: queue.py:173
            else:
                endtime = time() + timeout
                while not self._qsize():
                    remaining = endtime - time()
                    if remaining <= 0.0:
                        raise Empty  # CPython: queue.py:179
                    self.not_empty.wait(remaining)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)  # CPython: queue.py:191

    def get_nowait(self):
        return self.get(block=False)  # CPython: queue.py:199

    def _init(self, maxsize):
        self.queue = []
        self._head = 0

    def _qsize(self):
        return len(self.queue) - self._head

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        item = self.queue[self._head]
        self._head += 1
        # Compacts once the consumed prefix dominates, keeping `get` amortised O(1).
        if self._head > 32 and self._head * 2 > len(self.queue):
            del self.queue[:self._head]
            self._head = 0
        return item


class PriorityQueue(Queue):
    """Retrieves the lowest entry first (a binary heap)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heap = self.queue
        heap.append(item)
        pos = len(heap) - 1
        while pos > 0:
            parent = (pos - 1) >> 1
            if heap[pos] < heap[parent]:
                heap[pos], heap[parent] = heap[parent], heap[pos]
                pos = parent
            else:
                break

    def _get(self):
        heap = self.queue
        last = heap.pop()
        if not heap:
            return last
        top = heap[0]
        heap[0] = last
        n = len(heap)
        pos = 0
        while True:
            child = 2 * pos + 1
            if child >= n:
                break
            if child + 1 < n and heap[child + 1] < heap[child]:
                child += 1
            if heap[child] < heap[pos]:
                heap[pos], heap[child] = heap[child], heap[pos]
                pos = child
            else:
                break
        return top


class LifoQueue(Queue):
    """Retrieves the most recently added entry first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue(Queue):
    """An unbounded FIFO queue without task tracking."""
    __module__ = '_queue'

    def __init__(self):
        Queue.__init__(self)

    def put(self, item, block=True, timeout=None):
        Queue.put(self, item, block, timeout)

    def put_nowait(self, item):
        return self.put(item, block=False)
