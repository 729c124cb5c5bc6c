"""`concurrent.futures`: futures, and executors that run calls on a pool of threads or
of processes."""

import itertools
import threading
import queue
import os
import time
from collections import deque, namedtuple

__all__ = ['FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed',
           'ProcessPoolExecutor', 'ThreadPoolExecutor']

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
FINISHED = 'FINISHED'

TimeoutError = TimeoutError


# Named after the submodules CPython defines them in, as its reports show them.
class Error(Exception):
    __module__ = 'concurrent.futures._base'


class CancelledError(Error):
    __module__ = 'concurrent.futures._base'


class InvalidStateError(Error):
    __module__ = 'concurrent.futures._base'


class BrokenExecutor(RuntimeError):
    __module__ = 'concurrent.futures._base'


class BrokenThreadPool(BrokenExecutor):
    __module__ = 'concurrent.futures.thread'


class BrokenProcessPool(BrokenExecutor):
    __module__ = 'concurrent.futures.process'


DoneAndNotDoneFutures = namedtuple('DoneAndNotDoneFutures', 'done not_done')


class Future:
    __module__ = 'concurrent.futures._base'

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._waiters = []

    def __repr__(self):
        with self._condition:
            head = '<%s at %#x state=%s' % (type(self).__name__, id(self), self._state.lower())
            if self._state == FINISHED:
                if self._exception is not None:
                    return '%s raised %s>' % (head, type(self._exception).__name__)
                return '%s returned %s>' % (head, type(self._result).__name__)
            return head + '>'

    def cancel(self):
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state != CANCELLED:
                self._state = CANCELLED
                self._condition.notify_all()
        self._done()
        return True

    def cancelled(self):
        return self._state == CANCELLED

    def running(self):
        return self._state == RUNNING

    def done(self):
        return self._state in (CANCELLED, FINISHED)

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == CANCELLED:
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            raise RuntimeError('Future in unexpected state')  # CPython: concurrent/futures/_base.py:535

    def _wait_done(self, timeout):
        with self._condition:
            if self._state not in (CANCELLED, FINISHED):
                self._condition.wait_for(self.done, timeout)
            if self._state == CANCELLED:
                raise CancelledError()
            if self._state != FINISHED:
                raise TimeoutError()

    # Laid out as CPython's, whose lines its tracebacks show: a result that was ready
    # is reported from another line than one waited for.
    def result(self, timeout=None):
        with self._condition:
            if self._state == CANCELLED:
                raise CancelledError()  # CPython: concurrent/futures/_base.py:447
            elif self._state == FINISHED:
                return self.__get_result()  # CPython: concurrent/futures/_base.py:449
            self._condition.wait(timeout)
            if self._state == CANCELLED:
                raise CancelledError()  # CPython: concurrent/futures/_base.py:453
            elif self._state == FINISHED:
                return self.__get_result()  # CPython: concurrent/futures/_base.py:456
            else:
                raise TimeoutError()  # CPython: concurrent/futures/_base.py:458

    def __get_result(self):
        if self._exception is not None:
            raise self._exception  # CPython: concurrent/futures/_base.py:401
        return self._result

    def exception(self, timeout=None):
        self._wait_done(timeout)
        return self._exception

    def add_done_callback(self, fn):
        with self._condition:
            if not self.done():
                self._callbacks.append(fn)
                return
        fn(self)

    def set_result(self, result):
        with self._condition:
            if self._state in (CANCELLED, FINISHED):
                raise InvalidStateError('%s: %r' % (self._state, self))
            self._result = result
            self._state = FINISHED
            self._condition.notify_all()
        self._done()

    def set_exception(self, exception):
        with self._condition:
            if self._state in (CANCELLED, FINISHED):
                raise InvalidStateError('%s: %r' % (self._state, self))
            self._exception = exception
            self._state = FINISHED
            self._condition.notify_all()
        self._done()

    def _done(self):
        with self._condition:
            waiters = list(self._waiters)
            callbacks = self._callbacks
            self._callbacks = []
        for w in waiters:
            w.put(self)
        for fn in callbacks:
            fn(self)


def _watch(fs):
    """A queue that receives each of `fs` as it finishes (at once for finished ones)."""
    q = queue.Queue()
    for f in fs:
        with f._condition:
            if f.done():
                q.put(f)
            else:
                f._waiters.append(q)
    return q


def _unwatch(fs, q):
    for f in fs:
        with f._condition:
            if q in f._waiters:
                f._waiters.remove(q)


def as_completed(fs, timeout=None):
    fs = list(dict.fromkeys(fs))
    deadline = None if timeout is None else time.monotonic() + timeout
    q = _watch(fs)
    try:
        for n in range(len(fs)):
            left = None if deadline is None else max(0, deadline - time.monotonic())
            try:
                yield q.get(timeout=left)
            except queue.Empty:
                raise TimeoutError('%d (of %d) futures unfinished' % (len(fs) - n, len(fs)))
    finally:
        _unwatch(fs, q)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    deadline = None if timeout is None else time.monotonic() + timeout
    done = set()
    q = _watch(fs)
    try:
        while len(done) < len(fs):
            if return_when == FIRST_COMPLETED and done:
                break
            if return_when == FIRST_EXCEPTION and any(
                    not f.cancelled() and f.exception() is not None for f in done):
                break
            left = None if deadline is None else max(0, deadline - time.monotonic())
            try:
                done.add(q.get(timeout=left))
            except queue.Empty:
                break
    finally:
        _unwatch(fs, q)
    return DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(fut, timeout=None):
    try:
        return fut.result(timeout)  # CPython: concurrent/futures/_base.py:317
    finally:
        fut.cancel()


class Executor:
    __module__ = 'concurrent.futures._base'

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()  # CPython: concurrent/futures/_base.py:581

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if timeout is not None:
            end_time = timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        # A generator of its own, so that every call is submitted before the first
        # result is asked for.
        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())  # CPython: concurrent/futures/_base.py:619
                    else:
                        yield _result_or_cancel(fs.pop(), end_time - time.monotonic())  # CPython: concurrent/futures/_base.py:621
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.shutdown(wait=True)
        return False


_thread_pool_counter = [0]

# The work queue of every live worker thread: when the main thread ends, each gets
# the stop marker after the work already queued, and the interpreter waits for it.
_threads_queues = {}
_shutting_down = False
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _shutting_down
    with _global_shutdown_lock:
        _shutting_down = True
    items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


threading._register_atexit(_python_exit)


def _worker(executor, work_queue, initializer, initargs):
    """The loop of a ThreadPoolExecutor's thread."""
    try:
        if initializer is not None:
            try:
                initializer(*initargs)
            except BaseException:
                import logging
                logging.getLogger("concurrent.futures").critical(
                    'Exception in initializer:', exc_info=True)
                executor._initializer_failed()
                return
        while True:
            work_item = work_queue.get()
            if work_item is None:
                # Wake the next worker too.
                work_queue.put(None)
                return
            work_item.run()
            del work_item
            executor._idle.release()
    finally:
        _threads_queues.pop(threading.current_thread(), None)


class _WorkItem:
    """A call submitted to a ThreadPoolExecutor, with the future it settles."""

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)  # CPython: concurrent/futures/thread.py:58
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


class ThreadPoolExecutor(Executor):
    __module__ = 'concurrent.futures.thread'

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None,
                 initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")  # CPython: concurrent/futures/thread.py:144
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")  # CPython: concurrent/futures/thread.py:147
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle = threading.Semaphore(0)
        self._threads = []
        self._broken = False
        self._shutdown = False
        self._lock = threading.Lock()
        n = _thread_pool_counter[0]
        _thread_pool_counter[0] += 1
        self._prefix = thread_name_prefix or 'ThreadPoolExecutor-%d' % n
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)  # CPython: concurrent/futures/thread.py:164
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')  # CPython: concurrent/futures/thread.py:167
            if _shutting_down:
                raise RuntimeError('cannot schedule new futures after '  # CPython: concurrent/futures/thread.py:169
                                   'interpreter shutdown')
            f = Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust()
            return f

    def _adjust(self):
        if self._idle.acquire(timeout=0):
            return
        if len(self._threads) < self._max_workers:
            t = threading.Thread(name='%s_%d' % (self._prefix, len(self._threads)),
                                 target=_worker, daemon=True,
                                 args=(self, self._work_queue, self._initializer,
                                       self._initargs))
            t.start()
            self._threads.append(t)
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        with self._lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            while True:
                try:
                    item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if item is not None:
                    item.future.set_exception(BrokenThreadPool(self._broken))
                else:
                    self._work_queue.put(None)
                    break

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if item is not None:
                        item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()


class _RemoteTraceback(Exception):
    __module__ = 'concurrent.futures.process'

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class _CallItem:
    def __init__(self, work_id, fn, args, kwargs):
        self.work_id = work_id
        self.fn = fn
        self.args = args
        self.kwargs = kwargs


def _process_worker(call_item):
    """Runs a submitted call in a worker process. A failure comes back with the text of
    its traceback from this frame on, as CPython's _ExceptionWithTraceback."""
    try:
        r = call_item.fn(*call_item.args, **call_item.kwargs)  # CPython: concurrent/futures/process.py:256
    except BaseException as e:
        from multiprocessing.pool import _remote_traceback
        return (False, e, _remote_traceback(e))
    return (True, r, None)


def _get_chunks(*iterables, chunksize):
    it = zip(*iterables)
    while True:
        chunk = tuple(itertools.islice(it, chunksize))
        if not chunk:
            return
        yield chunk


def _process_chunk(fn, chunk):
    """Runs the function given to ProcessPoolExecutor.map on a chunk of its arguments,
    in a worker process."""
    return [fn(*args) for args in chunk]  # CPython: concurrent/futures/process.py:205


def _chain_from_iterable_of_lists(iterable):
    for element in iterable:  # CPython: concurrent/futures/process.py:597
        element.reverse()
        while element:
            yield element.pop()


def _worker_pool(processes, initializer, initargs):
    """The processes of a ProcessPoolExecutor, which CPython starts as plain processes
    of the fork context, so named."""
    from multiprocessing.pool import Pool

    class _WorkerPool(Pool):
        _worker_name = 'ForkProcess'

    return _WorkerPool(processes, initializer, initargs)


class ProcessPoolExecutor(Executor):
    __module__ = 'concurrent.futures.process'

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")  # CPython: concurrent/futures/process.py:640
        self._pool = _worker_pool(max_workers, initializer, initargs)
        self._shutdown = False
        self._queue_count = 0
        # As in CPython, only one call more than there are workers is handed on at a
        # time: the others stay pending, and so can still be cancelled.
        self._max_in_flight = max_workers + 1
        self._in_flight = 0
        self._pending = deque()
        self._lock = threading.Lock()
        self._drained = threading.Condition(self._lock)
        self._pool_closed = False

    def submit(self, fn, /, *args, **kwargs):
        with self._lock:
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')  # CPython: concurrent/futures/process.py:767
            f = Future()
            self._pending.append((f, _CallItem(self._queue_count, fn, args, kwargs)))
            self._queue_count += 1
            self._hand_on()
        return f

    def _hand_on(self):
        """Passes pending calls to the pool while there is room; called with the lock."""
        while self._pending and self._in_flight < self._max_in_flight:
            f, call_item = self._pending.popleft()
            if not f.set_running_or_notify_cancel():
                continue
            self._in_flight += 1
            self._pool.apply_async(_process_worker, (call_item,), {},
                                   lambda outcome, f=f: self._finished(f, outcome),
                                   lambda exc, f=f: self._finished(f, None, exc))
        if not self._pending:
            self._drained.notify_all()
            if self._shutdown and not self._pool_closed:
                self._pool_closed = True
                self._pool.close()

    def _finished(self, f, outcome, error=None):
        if error is not None:
            f.set_exception(error)
        else:
            ok, value, tb = outcome
            if ok:
                f.set_result(value)
            else:
                value.__cause__ = _RemoteTraceback(tb)
                f.set_exception(value)
        with self._lock:
            self._in_flight -= 1
            self._hand_on()

    # Calls go to the workers in chunks, as in CPython, whose frames its reports show.
    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")  # CPython: concurrent/futures/process.py:809
        results = super().map(_process_chunk, itertools.repeat(fn),
                              _get_chunks(*iterables, chunksize=chunksize),
                              timeout=timeout)
        return _chain_from_iterable_of_lists(results)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._lock:
            self._shutdown = True
            if cancel_futures:
                for f, _ in self._pending:
                    f.cancel()
            self._hand_on()
            if wait:
                while self._pending:
                    self._drained.wait()
        if wait:
            self._pool.join()
