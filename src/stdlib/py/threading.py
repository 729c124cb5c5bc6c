"""Threads and the synchronisation primitives built over `_thread`.

Everything that blocks here ends up in `_thread.lock.acquire`, which gives up the GIL
while it waits. Lines marked `# CPython: threading.py:N` are the ones CPython's
tracebacks show from its own threading.py; gilpy reports them under that name.
"""

import _thread
import sys as _sys
from _collections import deque as _deque
from time import monotonic as _clock

__all__ = [
    'get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate',
    'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore',
    'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError', 'Timer',
    'ThreadError', 'excepthook', 'ExceptHookArgs', 'local', 'get_native_id',
    'stack_size',
]

get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
stack_size = _thread.stack_size
local = _thread._local
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
Lock = _new_lock = _thread.allocate_lock


def _warn_renamed(message):
    """Marks a camelCase name of Python 2 that CPython still accepts: each call warns
    with `message`, then runs the decorated function."""
    def wrap(body):
        def old_spelling(*args):
            import warnings
            warnings.warn(message, DeprecationWarning, stacklevel=2)
            return body(*args)
        old_spelling.__name__ = body.__name__
        old_spelling.__qualname__ = body.__qualname__
        return old_spelling
    return wrap


# ---- reentrant lock -------------------------------------------------------------

class RLock:
    """A lock its holder may take again; it opens when each acquire has a release.

    CPython's `RLock()` returns an object of its C type `_thread.RLock`, so this class
    carries that name; `threading.RLock` itself is a factory, as there."""

    __module__ = '_thread'

    def __init__(self):
        self._inner = _new_lock()
        self._owner = None
        self._depth = 0

    def __repr__(self):
        state = "locked" if self._inner.locked() else "unlocked"
        return (f"<{state} {type(self).__module__}.{type(self).__qualname__} object "
                f"owner={self._owner or 0!r} count={self._depth} at {hex(id(self))}>")

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_thread.RLock' object")

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._depth += 1
            return True
        if not self._inner.acquire(blocking, timeout):
            return False
        self._owner = me
        self._depth = 1
        return True

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._depth -= 1
        if self._depth == 0:
            self._owner = None
            self._inner.release()

    def __exit__(self, *exc_info):
        self.release()

    # What a Condition needs to wait on a lock its thread may hold several times over.

    def _held_here(self):
        return self._owner == get_ident()

    def _unwind(self):
        """Opens the lock whatever its depth; returns what `_rewind` needs to restore it."""
        if not self._depth:
            raise RuntimeError("cannot release un-acquired lock")
        saved = self._depth, self._owner
        self._depth, self._owner = 0, None
        self._inner.release()
        return saved

    def _rewind(self, saved):
        self._inner.acquire()
        self._depth, self._owner = saved


_PyRLock = RLock


def RLock(*args, **kwargs):
    """A new reentrant lock."""
    return _PyRLock(*args, **kwargs)


# ---- condition variables ------------------------------------------------------------

class Condition:
    """Lets threads sleep until another, holding the same lock, notifies them.

    Each waiter parks on a fresh lock of its own, taken once before it goes to sleep;
    a notifier wakes it by releasing that lock."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self._reentrant = isinstance(lock, _PyRLock)
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = _deque()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc_info):
        return self._lock.__exit__(*exc_info)

    def __repr__(self):
        return f"<Condition({self._lock}, {len(self._waiters)})>"

    def _held(self):
        if self._reentrant:
            return self._lock._held_here()
        # Any other lock: held (by someone) if it cannot be taken now.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._held():
            raise RuntimeError("cannot wait on un-acquired lock")  # CPython: threading.py:312
        gate = _new_lock()
        gate.acquire()
        self._waiters.append(gate)
        saved = self._lock._unwind() if self._reentrant else self._lock.release()
        woken = False
        try:
            if timeout is None:
                woken = gate.acquire()
            elif timeout > 0:
                woken = gate.acquire(True, timeout)
            else:
                woken = gate.acquire(False)
            return woken
        finally:
            if self._reentrant:
                self._lock._rewind(saved)
            else:
                self._lock.acquire()
            if not woken:
                # Timed out: unless a notifier took the gate meanwhile, it is still queued.
                try:
                    self._waiters.remove(gate)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        deadline = None if timeout is None else _clock() + timeout
        outcome = predicate()
        while not outcome:
            if deadline is None:
                self.wait()
            else:
                left = deadline - _clock()
                if left <= 0:
                    break
                self.wait(left)
            outcome = predicate()
        return outcome

    def notify(self, n=1):
        if not self._held():
            raise RuntimeError("cannot notify on un-acquired lock")  # CPython: threading.py:370
        queue = self._waiters
        while n > 0 and queue:
            queue.popleft().release()
            n -= 1

    def notify_all(self):
        self.notify(len(self._waiters))

    @_warn_renamed('notifyAll() is deprecated, use notify_all() instead')
    def notifyAll(self):
        self.notify_all()


# ---- semaphores ---------------------------------------------------------------------

class Semaphore:
    """A counter of free slots: `acquire` takes one, waiting while there is none."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")  # CPython: threading.py:424
        self._cond = Condition(Lock())
        self._value = value

    def _describe(self):
        return f"value={self._value}"

    def __repr__(self):
        cls = type(self)
        return f"<{cls.__module__}.{cls.__qualname__} at {hex(id(self))}: {self._describe()}>"

    def _has_slot(self):
        return self._value > 0

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")  # CPython: threading.py:458
        with self._cond:
            if blocking:
                free = self._cond.wait_for(self._has_slot, timeout)
            else:
                free = self._has_slot()
            if free:
                self._value -= 1
            return free

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')  # CPython: threading.py:488
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, *exc_info):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose count may never exceed where it started."""

    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def _describe(self):
        return f"value={self._value}/{self._initial_value}"

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')  # CPython: threading.py:535
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")  # CPython: threading.py:538
            self._value += n
            self._cond.notify(n)


# ---- events ---------------------------------------------------------------------------

class Event:
    """A flag that threads can wait to see raised."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = type(self)
        shown = "set" if self._flag else "unset"
        return f"<{cls.__module__}.{cls.__qualname__} at {hex(id(self))}: {shown}>"

    def is_set(self):
        return self._flag

    @_warn_renamed('isSet() is deprecated, use is_set() instead')
    def isSet(self):
        return self._flag

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            # True once notified, even if the flag was lowered again before we ran.
            return self._flag or self._cond.wait(timeout)


# ---- barriers -------------------------------------------------------------------------

class BrokenBarrierError(RuntimeError):
    pass


# A barrier fills with waiters, then drains as they leave; a reset or an abort can
# interrupt either. Plain ints, so that multiprocessing can keep the phase in shared memory.
_FILLING, _DRAINING, _RESETTING, _BROKEN = range(4)


class Barrier:
    """A meeting point: `wait` returns once `parties` threads are waiting."""

    def __init__(self, parties, action=None, timeout=None):
        # 3.11 accepts any number of parties (3.13 requires at least one).
        self._cond = Condition(Lock())
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._phase = _FILLING
        self._count = 0

    def __repr__(self):
        cls = type(self)
        head = f"<{cls.__module__}.{cls.__qualname__} at {hex(id(self))}"
        if self.broken:
            return head + ": broken>"
        return head + f": waiters={self.n_waiting}/{self.parties}>"

    def wait(self, timeout=None):
        """Waits for the other parties; returns this thread's arrival index."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter() # Block while the barrier drains.  # CPython: threading.py:681
            arrival = self._count
            self._count += 1
            try:
                if arrival == self._parties - 1:
                    self._trip()
                else:
                    self._wait(timeout)  # CPython: threading.py:690
                return arrival
            finally:
                self._count -= 1
                self._leave()

    def _enter(self):
        """Holds a newcomer back until the previous round has drained or reset."""
        while self._phase == _DRAINING or self._phase == _RESETTING:
            self._cond.wait()
        if self._phase == _BROKEN:
            raise BrokenBarrierError  # CPython: threading.py:705

    def _trip(self):
        """The last arrival runs the action and lets the round go."""
        try:
            if self._action:
                self._action()
        except BaseException:
            self._break()
            raise
        self._phase = _DRAINING
        self._cond.notify_all()

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._phase != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError  # CPython: threading.py:728
        if self._phase != _DRAINING:
            raise BrokenBarrierError  # CPython: threading.py:730

    def _leave(self):
        """The last thread out of a draining or resetting barrier reopens it."""
        if self._count == 0 and self._phase in (_DRAINING, _RESETTING):
            self._phase = _FILLING
            self._cond.notify_all()

    def reset(self):
        """Puts the barrier back to empty; current waiters get BrokenBarrierError."""
        with self._cond:
            if self._count == 0:
                self._phase = _FILLING
            elif self._phase == _FILLING or self._phase == _BROKEN:
                self._phase = _RESETTING
            self._cond.notify_all()

    def abort(self):
        """Breaks the barrier: current and future waiters get BrokenBarrierError."""
        with self._cond:
            self._break()

    def _break(self):
        self._phase = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._phase == _FILLING else 0

    @property
    def broken(self):
        return self._phase == _BROKEN


# ---- the thread table ---------------------------------------------------------------

# Threads by ident once running, and the ones between `start()` and running.
_running = {}
_starting = set()
_table_lock = _new_lock()
_serial = 0


def _next_name(pattern):
    global _serial
    with _table_lock:
        _serial += 1
        return pattern % _serial


def _after_fork():
    """In a forked child only the forking thread lives on: the others are marked
    finished and the table lock, which one of them may have held, is replaced."""
    global _table_lock
    me = current_thread()
    _table_lock = _new_lock()
    for thread in list(_running.values()) + list(_starting):
        if thread is not me:
            thread._finished = True
    _running.clear()
    _starting.clear()
    _running[get_ident()] = me


# ---- threads --------------------------------------------------------------------------

class Thread:
    """A thread of control: `start()` runs `run()` on a new OS thread."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if name:
            name = str(name)
        else:
            name = _next_name("Thread-%d")
            label = getattr(target, "__name__", None) if target is not None else None
            if label is not None:
                name = f"{name} ({label})"
        self._name = name
        self._target = target
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._finished = False
        # Held by the thread while it runs; `join` waits by taking it.
        self._running_lock = None
        self._invoke_excepthook = _make_invoke_excepthook()
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        if self._finished:
            status = "stopped"
        elif self._started.is_set():
            status = "started"
        else:
            status = "initial"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += f" {self._ident}"
        return f"<{type(self).__name__}({self._name}, {status})>"

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")  # CPython: threading.py:949
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")  # CPython: threading.py:952
        self._running_lock = _new_lock()
        self._running_lock.acquire()
        with _table_lock:
            _starting.add(self)
        try:
            _thread.start_new_thread(self._bootstrap_inner, ())
        except Exception:
            with _table_lock:
                _starting.discard(self)
            raise
        self._started.wait()

    def run(self):
        """What the thread does; by default, calls the target given to the constructor."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)  # CPython: threading.py:975
        finally:
            # Drops the references, so that the thread does not keep them alive.
            del self._target, self._args, self._kwargs

    def _bootstrap_inner(self):
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            _thread._set_gil_name(self._name)
            with _table_lock:
                _starting.discard(self)
                _running[self._ident] = self
            self._started.set()
            try:
                self.run()  # CPython: threading.py:1038
            except:
                self._invoke_excepthook(self)
        finally:
            with _table_lock:
                self._finished = True
                _running.pop(self._ident, None)
            self._running_lock.release()

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        # Named as CPython's, whose tracebacks show it when a join is interrupted.
        lock = self._running_lock
        if lock is None:
            return
        if lock.acquire(block, timeout):  # CPython: threading.py:1132
            lock.release()
            self._finished = True

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")  # CPython: threading.py:1105
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")  # CPython: threading.py:1107
        if self is current_thread():
            raise RuntimeError("cannot join current thread")  # CPython: threading.py:1109
        if timeout is None:
            self._wait_for_tstate_lock()  # CPython: threading.py:1112
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))  # CPython: threading.py:1116

    def is_alive(self):
        return self._started.is_set() and not self._finished

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")  # CPython: threading.py:1217
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")  # CPython: threading.py:1219
        self._daemonic = daemonic

    @_warn_renamed('isDaemon() is deprecated, get the daemon attribute instead')
    def isDaemon(self):
        return self.daemon

    @_warn_renamed('setDaemon() is deprecated, set the daemon attribute instead')
    def setDaemon(self, daemonic):
        self.daemon = daemonic

    @_warn_renamed('getName() is deprecated, get the name attribute instead')
    def getName(self):
        return self.name

    @_warn_renamed('setName() is deprecated, set the name attribute instead')
    def setName(self, name):
        self.name = name


class Timer(Thread):
    """Runs `function(*args, **kwargs)` after `interval` seconds unless cancelled."""

    def __init__(self, interval, function, args=None, kwargs=None):
        super().__init__()
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        """Stops the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        if not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)  # CPython: threading.py:1394
        self.finished.set()


class _MainThread(Thread):
    """The thread the interpreter started on."""

    def __init__(self):
        super().__init__(name="MainThread", daemon=False)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        # Released by `_shutdown`, when the main program has ended.
        self._running_lock = _new_lock()
        self._running_lock.acquire()
        with _table_lock:
            _running[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread that `_thread` started directly, found by current_thread()."""

    def __init__(self):
        super().__init__(name=_next_name("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _table_lock:
            _running[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


def current_thread():
    thread = _running.get(get_ident())
    return _DummyThread() if thread is None else thread


def active_count():
    with _table_lock:
        return len(_running) + len(_starting)


def enumerate():
    with _table_lock:
        return [*_running.values(), *_starting]


def main_thread():
    return _main_thread


@_warn_renamed('currentThread() is deprecated, use current_thread() instead')
def currentThread():
    return current_thread()


@_warn_renamed('activeCount() is deprecated, use active_count() instead')
def activeCount():
    return active_count()


# ---- reporting exceptions that escape a thread ------------------------------------

class _ExceptHookArgs(tuple):
    """What `excepthook` receives, a struct sequence in CPython:
    (exc_type, exc_value, exc_traceback, thread)."""

    __module__ = '_thread'
    n_fields = n_sequence_fields = 4
    n_unnamed_fields = 0
    _fields = ('exc_type', 'exc_value', 'exc_traceback', 'thread')

    def __new__(cls, sequence):
        try:
            items = tuple(sequence)
        except TypeError:
            raise TypeError("constructor requires a sequence") from None
        if len(items) != 4:
            raise TypeError(f"_thread._ExceptHookArgs() takes a 4-sequence "
                            f"({len(items)}-sequence given)")
        return super().__new__(cls, items)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        fields = ", ".join(f"{name}={value!r}" for name, value in zip(self._fields, self))
        return f"_thread._ExceptHookArgs({fields})"


ExceptHookArgs = _ExceptHookArgs


def excepthook(args):
    """The default report of an exception that escaped `Thread.run`, on stderr."""
    if args.exc_type is SystemExit:
        return
    name = get_ident() if args.thread is None else args.thread.name
    _thread._report_exception(f"Exception in thread {name}:\n", args.exc_value)


__excepthook__ = excepthook


def _make_invoke_excepthook():
    """Makes the function a thread calls, inside its `except`, to report the exception.

    It calls `threading.excepthook` as set at that moment; a hook set to None stands
    for the one in force when the thread was made, and so does `sys.excepthook` for
    reporting a hook that itself fails."""
    fallback_hook = excepthook
    fallback_sys_hook = _sys.excepthook
    if fallback_hook is None:
        raise RuntimeError("threading.excepthook is None")  # CPython: threading.py:1325
    if fallback_sys_hook is None:
        raise RuntimeError("sys.excepthook is None")  # CPython: threading.py:1327

    def invoke(thread):
        escaped = _sys.exc_info()[1]
        try:
            hook = excepthook if excepthook is not None else fallback_hook
            hook(ExceptHookArgs((type(escaped), escaped, escaped.__traceback__, thread)))
        except Exception as failure:
            failure.__suppress_context__ = True
            print("Exception in threading.excepthook:", file=_sys.stderr, flush=True)
            sys_hook = _sys.excepthook if _sys.excepthook is not None else fallback_sys_hook
            sys_hook(type(failure), failure, None)
        finally:
            escaped = None

    return invoke


_main_thread = _MainThread()


# ---- interpreter shutdown -------------------------------------------------------------

_exit_callbacks = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    """Has `func` called when the main program ends, before the wait for non-daemon
    threads (concurrent.futures stops its workers so)."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")  # CPython: threading.py:1520
    _exit_callbacks.append((func, arg, kwargs))


def _shutdown():
    """Called by the interpreter when the main program ends: runs the registered
    callbacks, newest first, then waits for every non-daemon thread, including any
    those threads start meanwhile."""
    global _SHUTTING_DOWN
    if _main_thread._finished:
        return
    _SHUTTING_DOWN = True
    while _exit_callbacks:
        func, arg, kwargs = _exit_callbacks.pop()
        func(*arg, **kwargs)
    _main_thread._finished = True
    _main_thread._running_lock.release()
    while True:
        pending = [t for t in enumerate()
                   if not t._daemonic and t is not _main_thread and t._started.is_set()]
        if not pending:
            return
        for thread in pending:
            thread.join()
