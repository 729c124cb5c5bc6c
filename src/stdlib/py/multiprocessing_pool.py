"""`multiprocessing.pool`: a fixed set of forked worker processes fed from one task
queue; a thread of the parent collects their results, as in CPython."""

import itertools
import queue
import threading
import time
import multiprocessing as _mpm
from multiprocessing import Process, Queue, TimeoutError, cpu_count

__all__ = ['Pool', 'ThreadPool', 'AsyncResult', 'ApplyResult', 'MapResult', 'IMapIterator']

RUN = 0
CLOSE = 1
TERMINATE = 2


class MaybeEncodingError(Exception):
    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)


class RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


def _remote_traceback(exc):
    """The text of `exc`'s traceback in the worker, which the parent shows as the
    cause of the exception it re-raises, as CPython's ExceptionWithTraceback does."""
    import traceback
    tb = ''.join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return '\n"""\n%s"""' % tb


def _rebuild_exc(exc, tb):
    if tb is not None:
        exc.__cause__ = RemoteTraceback(tb)
    return exc


def worker(inqueue, outqueue, initializer=None, initargs=(), wrap_exception=True,
           maxtasks=None):
    if initializer is not None:
        initializer(*initargs)
    completed = 0
    while maxtasks is None or completed < maxtasks:
        try:
            task = inqueue.get()
        except (EOFError, OSError):
            break
        if task is None:
            break
        job, i, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))  # CPython: multiprocessing/pool.py:125
        except Exception as e:
            result = (False, (e, _remote_traceback(e) if wrap_exception else None))
        try:
            outqueue.put((job, i, result))
        except Exception as e:
            wrapped = MaybeEncodingError(e, result[1] if result[0] else result[1][0])
            outqueue.put((job, i, (False, (wrapped, None))))
        completed += 1


def mapstar(args):
    return list(map(*args))  # CPython: multiprocessing/pool.py:48


def starmapstar(args):
    return list(itertools.starmap(args[0], args[1]))  # CPython: multiprocessing/pool.py:51


class ApplyResult:
    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._job = pool._next_job()
        self._cache = pool._cache
        self._callback = callback
        self._error_callback = error_callback
        self._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))  # CPython: multiprocessing/pool.py:761
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError  # CPython: multiprocessing/pool.py:770
        if self._success:
            return self._value
        else:
            raise self._value  # CPython: multiprocessing/pool.py:774

    def _set(self, i, ok, value):
        self._success, self._value = ok, value
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        del self._cache[self._job]
        self._pool = None


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    """The results of a map, which arrive a chunk at a time."""

    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback=error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
            del self._cache[self._job]
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, ok, value):
        self._number_left -= 1
        if ok and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = value
            if self._number_left == 0:
                if self._callback:
                    self._callback(self._value)
                del self._cache[self._job]
                self._event.set()
                self._pool = None
        else:
            if not ok and self._success:
                # Only the first exception is kept.
                self._success = False
                self._value = value
                if self._error_callback:
                    self._error_callback(self._value)
            if self._number_left == 0:
                del self._cache[self._job]
                self._event.set()
                self._pool = None


class IMapIterator:
    def __init__(self, pool, length, ordered):
        self._pool = pool
        self._cond = threading.Condition()
        self._job = pool._next_job()
        self._items = {}
        self._arrived = []
        self._next = 0
        self._length = length
        self._ordered = ordered
        pool._cache[self._job] = self

    def _set(self, i, ok, value):
        with self._cond:
            self._items[i] = (ok, value)
            self._arrived.append(i)
            self._cond.notify_all()

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            if self._next >= self._length:
                self._pool._cache.pop(self._job, None)
                raise StopIteration
            key = self._next if self._ordered else None
            ready = lambda: key in self._items if self._ordered else bool(self._arrived)
            if not self._cond.wait_for(ready, timeout):
                raise TimeoutError  # CPython: multiprocessing/pool.py:868
            if not self._ordered:
                key = self._arrived.pop(0)
            elif key in self._arrived:
                self._arrived.remove(key)
            ok, value = self._items.pop(key)
            self._next += 1
        if ok:
            return value
        raise value  # CPython: multiprocessing/pool.py:873

    __next__ = next


class Pool:
    _wrap_exception = True
    # Workers are named this and the number of the process.
    _worker_name = 'ForkPoolWorker'

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None,
                 context=None):
        if processes is None:
            processes = cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")  # CPython: multiprocessing/pool.py:205
        tasks_ok = maxtasksperchild is None or (
            isinstance(maxtasksperchild, int) and maxtasksperchild > 0)
        if not tasks_ok:
            raise ValueError("maxtasksperchild must be a positive int or None")  # CPython: multiprocessing/pool.py:208
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')  # CPython: multiprocessing/pool.py:211
        self._processes = processes
        self._maxtasks = maxtasksperchild
        self._state = RUN
        self._cache = {}
        self._job_counter = 0
        self._inqueue, self._outqueue = self._setup_queues()
        self._pool = []
        for _ in range(processes):
            w = self._make_worker(initializer, initargs)
            w.start()
            self._pool.append(w)
        self._result_handler = threading.Thread(target=self._handle_results, daemon=True)
        self._result_handler.start()
        self._maintainer = None
        if self._maxtasks:
            self._maintainer = threading.Thread(
                target=self._replace_workers, args=(initializer, initargs), daemon=True)
            self._maintainer.start()

    def _setup_queues(self):
        return Queue(), Queue()

    def _make_worker(self, initializer, initargs):
        w = Process(target=worker, daemon=True,
                    args=(self._inqueue, self._outqueue, initializer, initargs, True,
                          self._maxtasks))
        w.name = self._worker_name + w.name[len('Process'):]
        return w

    def _replace_workers(self, initializer, initargs):
        """With maxtasksperchild: a worker that has done its share exits, and a fresh
        one takes its place while the pool runs or still has results to come."""
        while self._state == RUN or (self._cache and self._state != TERMINATE):
            for i, w in enumerate(self._pool):
                if w.exitcode is not None and self._state != TERMINATE:
                    w.join()
                    fresh = self._make_worker(initializer, initargs)
                    fresh.start()
                    self._pool[i] = fresh
            time.sleep(0.01)

    def _next_job(self):
        self._job_counter += 1
        return self._job_counter

    def _handle_results(self):
        while True:
            item = self._outqueue.get()
            if item is None:
                break
            job, i, (ok, value) = item
            if not ok:
                value = _rebuild_exc(*value)
            result = self._cache.get(job)
            if result is not None:
                result._set(i, ok, value)

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")  # CPython: multiprocessing/pool.py:353

    @staticmethod
    def _get_tasks(func, it, size):
        it = iter(it)
        while 1:
            x = tuple(itertools.islice(it, size))
            if not x:
                return
            yield (func, x)

    def _put_tasks(self, job, func, arglists):
        for i, args in enumerate(arglists):
            self._inqueue.put((job, i, func, args, {}))

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()  # CPython: multiprocessing/pool.py:360

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()  # CPython: multiprocessing/pool.py:458
        result = ApplyResult(self, callback, error_callback)
        self._inqueue.put((result._job, 0, func, tuple(args), dict(kwds)))
        return result

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, mapstar, chunksize).get()  # CPython: multiprocessing/pool.py:367

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, starmapstar, chunksize).get()  # CPython: multiprocessing/pool.py:375

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, mapstar, chunksize, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
                      error_callback=None):
        return self._map_async(func, iterable, starmapstar, chunksize, callback,
                               error_callback)

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None,
                   error_callback=None):
        """The calls go to the workers in chunks, each one task of `mapper`."""
        self._check_running()  # CPython: multiprocessing/pool.py:476
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        result = MapResult(self, chunksize, len(iterable), callback,
                           error_callback=error_callback)
        batches = self._get_tasks(func, iterable, chunksize) if chunksize else ()
        self._put_tasks(result._job, mapper, ((batch,) for batch in batches))
        return result

    def _imap(self, func, iterable, chunksize, ordered):
        self._check_running()
        items = list(iterable)
        if chunksize == 1:
            result = IMapIterator(self, len(items), ordered)
            self._put_tasks(result._job, func, ((x,) for x in items))
            return result
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        batches = list(self._get_tasks(func, items, chunksize))
        result = IMapIterator(self, len(batches), ordered)
        self._put_tasks(result._job, mapstar, ((batch,) for batch in batches))
        return (item for chunk in result for item in chunk)

    def imap(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, True)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, False)

    def close(self):
        if self._state == RUN:
            self._state = CLOSE
            for _ in self._pool:
                self._inqueue.put(None)

    def terminate(self):
        if self._state != TERMINATE:
            self._state = TERMINATE
            # The result handler's sentinel goes first, as in CPython: a worker killed
            # between writing its last result and releasing the queue's lock would leave
            # the lock held, and a put after the kill would wait for it forever.
            self._outqueue.put(None)
            if self._maintainer is not None:
                self._maintainer.join()
            for w in self._pool:
                w.terminate()
            for w in self._pool:
                w.join()
            self._result_handler.join()

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")  # CPython: multiprocessing/pool.py:662
        if self._maintainer is not None:
            self._maintainer.join()
            # Workers started after close() found no sentinel left for them.
            for w in self._pool:
                if w.is_alive():
                    self._inqueue.put(None)
        for w in self._pool:
            w.join()
        if self._result_handler.is_alive():
            # Every worker has written its last result; the sentinel comes after them.
            self._outqueue.put(None)
            self._result_handler.join()

    def __enter__(self):
        self._check_running()  # CPython: multiprocessing/pool.py:735
        return self

    def __exit__(self, *args):
        self.terminate()

    def __repr__(self):
        state = {RUN: 'RUN', CLOSE: 'CLOSE', TERMINATE: 'TERMINATE'}[self._state]
        return '<%s.%s state=%s pool_size=%d>' % (type(self).__module__, type(self).__qualname__,
                                                 state, len(self._pool))


class ThreadPool(Pool):
    """A Pool whose workers are threads of this process: nothing is copied, and a
    worker's exception arrives as it was raised."""
    _wrap_exception = False

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)

    def _setup_queues(self):
        return queue.SimpleQueue(), queue.SimpleQueue()

    def _make_worker(self, initializer, initargs):
        return threading.Thread(target=worker, daemon=True,
                                args=(self._inqueue, self._outqueue, initializer, initargs,
                                      self._wrap_exception))

    def terminate(self):
        if self._state != TERMINATE:
            self._state = TERMINATE
            # Threads cannot be killed: queued work is dropped, and each worker stops
            # after the task it is running.
            while True:
                try:
                    self._inqueue.get_nowait()
                except queue.Empty:
                    break
            for _ in self._pool:
                self._inqueue.put(None)
            for w in self._pool:
                w.join()
            self._outqueue.put(None)
            self._result_handler.join()
