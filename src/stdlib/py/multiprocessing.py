"""Processes that run Python code in parallel, with the fork start method of CPython on
Linux: a child is a copy of the parent that runs only its target, then exits.

The "spawn" and "forkserver" start methods are accepted but also fork: a child does not
re-run the main module, so module-level code outside `if __name__ == "__main__":` runs
once instead of once per child."""

import _multiprocessing as _mp
import _thread
import threading
import time
import os
from queue import Empty, Full

__all__ = ['Process', 'current_process', 'active_children', 'parent_process',
           'cpu_count', 'Queue', 'SimpleQueue', 'JoinableQueue', 'Pipe', 'Lock', 'RLock',
           'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier', 'Manager',
           'get_logger', 'log_to_stderr',
           'Value', 'Array', 'Pool', 'set_start_method', 'get_start_method',
           'get_context', 'TimeoutError', 'ProcessError', 'AuthenticationError',
           'BufferTooShort']


# Named after multiprocessing.context, where CPython defines them, as its reports show.
class ProcessError(Exception):
    __module__ = 'multiprocessing.context'


class BufferTooShort(ProcessError):
    __module__ = 'multiprocessing.context'


class TimeoutError(ProcessError):
    __module__ = 'multiprocessing.context'


class AuthenticationError(ProcessError):
    __module__ = 'multiprocessing.context'


def cpu_count():
    n = os.cpu_count()
    if n is None:
        raise NotImplementedError('cannot determine number of cpus')  # CPython: multiprocessing/context.py:45
    return n


# ---- message encoding: built-in values and module-level functions and classes ----

def _ref(obj):
    module = getattr(obj, '__module__', None)
    if module is None:
        module = _mp.whichmodule(obj, obj.__qualname__)
    return module, obj.__qualname__


_BY_ARGS = {
    range: ('start', 'stop', 'step'),
}


def _enc(obj, out):
    t = type(obj)
    if obj is None:
        out.append('N')
    elif obj is True:
        out.append('T')
    elif obj is False:
        out.append('F')
    elif t is int:
        out.append('i' + str(obj) + ';')
    elif t is float:
        out.append('f' + repr(obj) + ';')
    elif t is str:
        out.append('s' + str(len(obj)) + ':' + obj)
    elif t is bytes:
        out.append('b' + obj.hex() + ';')
    elif t is tuple or t is list or t is set or t is frozenset:
        out.append({tuple: 't', list: 'l', set: 'S', frozenset: 'Z'}[t] + str(len(obj)) + ';')
        for x in obj:
            _enc(x, out)
    elif t is dict:
        out.append('d' + str(len(obj)) + ';')
        for k, v in obj.items():
            _enc(k, out)
            _enc(v, out)
    elif isinstance(obj, BaseException):
        _enc_ref(t, out)
        out.append('e')
        _enc(obj.args, out)
    elif t in _BY_ARGS:
        # Built-in values that their constructor rebuilds from a few attributes.
        _enc_ref(t, out)
        out.append('e')
        _enc(tuple(getattr(obj, a) for a in _BY_ARGS[t]), out)
    elif isinstance(obj, type) or callable(obj) and not hasattr(obj, '__dict__') \
            or t.__name__ in ('function', 'builtin_function_or_method'):
        _enc_ref(obj, out)
    elif hasattr(t, '__setstate__') and hasattr(t, '__getstate__'):
        # A class that says what of it travels, and how to set it up again.
        _enc_ref(t, out)
        out.append('g')
        _enc(obj.__getstate__(), out)
    elif hasattr(obj, '__dict__'):
        _enc_ref(t, out)
        out.append('o')
        _enc(obj.__dict__, out)
    else:
        raise TypeError("cannot pickle '%s' object" % t.__name__)


class PicklingError(Exception):
    __module__ = '_pickle'


def _enc_ref(obj, out):
    module, qualname = _ref(obj)
    if '<locals>' in qualname:
        raise AttributeError("Can't pickle local object '%s'" % qualname)
    if '<' in qualname:
        raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                            % (obj, qualname, module))
    text = module + ':' + qualname
    out.append('r' + str(len(text)) + ':' + text)


def _dumps(obj):
    out = []
    _enc(obj, out)
    return ''.join(out)


def _upto(s, i, end):
    j = s.index(end, i)
    return s[i:j], j + 1


def _dec(s, i):
    tag = s[i]
    i += 1
    if tag == 'N':
        return None, i
    if tag == 'T':
        return True, i
    if tag == 'F':
        return False, i
    if tag == 'i':
        text, i = _upto(s, i, ';')
        return int(text), i
    if tag == 'f':
        text, i = _upto(s, i, ';')
        return float(text), i
    if tag == 's':
        n, i = _upto(s, i, ':')
        n = int(n)
        return s[i:i + n], i + n
    if tag == 'b':
        text, i = _upto(s, i, ';')
        return bytes.fromhex(text), i
    if tag in 'tlSZd':
        n, i = _upto(s, i, ';')
        items = []
        for _ in range(int(n) * (2 if tag == 'd' else 1)):
            x, i = _dec(s, i)
            items.append(x)
        if tag == 'd':
            return {items[k]: items[k + 1] for k in range(0, len(items), 2)}, i
        return {'t': tuple, 'l': list, 'S': set, 'Z': frozenset}[tag](items), i
    if tag == 'r':
        n, i = _upto(s, i, ':')
        n = int(n)
        module, qualname = s[i:i + n].split(':')
        obj = _mp.find_global(module, qualname)
        i += n
        if i < len(s) and s[i] == 'e':
            args, i = _dec(s, i + 1)
            return obj(*args), i
        if i < len(s) and s[i] == 'o':
            state, i = _dec(s, i + 1)
            return _mp.new_instance(obj, state), i
        if i < len(s) and s[i] == 'g':
            state, i = _dec(s, i + 1)
            inst = _mp.new_instance(obj, {})
            inst.__setstate__(state)
            return inst, i
        return obj, i
    raise ValueError('corrupted message')


def _loads(s):
    return _dec(s, 0)[0]


# ---- processes ----

_counter = [0]
_children = set()
_parent = [None]


class BaseProcess:
    pass


class _MainProcess:
    def __init__(self):
        self.name = 'MainProcess'
        self.daemon = False
        self.pid = os.getpid()
        self.ident = self.pid
        self.exitcode = None
        self._identity = ()

    def is_alive(self):
        return True

    def __repr__(self):
        return '<_MainProcess name=%r parent=None started>' % self.name


_current = [_MainProcess()]


def current_process():
    return _current[0]


def parent_process():
    return _parent[0]


def active_children():
    for p in list(_children):
        p._poll()
    return [p for p in list(_children) if p.exitcode is None]


class Process(BaseProcess):
    def __init__(self, group=None, target=None, name=None, args=(), kwargs={},
                 *, daemon=None):
        assert group is None, 'group argument must be None for now'  # CPython: multiprocessing/process.py:82
        parent = current_process()
        _counter[0] += 1
        self._identity = tuple(parent._identity) + (_counter[0],)
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + ':'.join(str(i) for i in self._identity)
        self._daemonic = parent.daemon if daemon is None else daemon
        self._popen = None
        self._exitcode = None
        self._closed = False
        self._sentinel = None
        self._sentinel_given = False

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)  # CPython: multiprocessing/process.py:108

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")  # CPython: multiprocessing/process.py:101

    def start(self):
        self._check_closed()
        assert self._popen is None, 'cannot start a process twice'  # CPython: multiprocessing/process.py:115
        assert current_process() is not self, 'can only start a process object created by current process'
        assert not current_process().daemon, 'daemonic processes are not allowed to have children'
        _cleanup()
        # Starting a process fixes the start method, as in CPython.
        get_start_method()
        # The sentinel: the child holds the write end until it exits, when the read
        # end becomes readable.
        sentinel, alive = _mp.pipe()
        pid = _mp.fork()
        if pid == 0:
            _mp.close(sentinel)
            code = 1
            try:
                code = self._bootstrap()
            finally:
                # The child must never return into the parent's code.
                _mp._exit(code)
        _mp.close(alive)
        self._popen = pid
        self._sentinel = sentinel
        _children.add(self)

    def _bootstrap(self):
        parent = current_process()
        _current[0] = self
        _mp.set_process_name(self.name)
        _parent[0] = _ParentProcess(parent.name, parent.pid)
        _children.clear()
        _counter[0] = 0
        self._identity_child = True
        self._popen = None
        _reset_threading()
        try:
            try:
                _info('child process calling self.run()')
                self.run()  # CPython: multiprocessing/process.py:314
                exitcode = 0
            finally:
                _exit_function()
        except SystemExit as e:
            code = e.args[0] if e.args else None
            if code is None:
                exitcode = 0
            elif isinstance(code, int):
                exitcode = code
            else:
                _flush_print(str(code))
                exitcode = 1
        except BaseException as e:
            exitcode = 1
            _thread._report_exception('Process %s:\n' % self.name, e)
        finally:
            _join_threads()
            _info('process exiting with exitcode %d' % exitcode)
        return exitcode

    def _poll(self, block=False):
        if self._exitcode is None and self._popen is not None:
            code = _mp.waitpid(self._popen, block)
            if code is not None:
                self._exitcode = code
                _children.discard(self)
                self._release_sentinel()
        return self._exitcode

    def join(self, timeout=None):
        self._check_closed()
        assert self._popen is not None, 'can only join a started process'  # CPython: multiprocessing/process.py:148
        if timeout is None:
            self._poll(True)
            return
        deadline = time.monotonic() + timeout
        delay = 0.0005
        while self._poll() is None:
            left = deadline - time.monotonic()
            if left <= 0:
                return
            time.sleep(min(delay, left))
            delay = min(delay * 2, 0.05)

    def is_alive(self):
        self._check_closed()  # CPython: multiprocessing/process.py:157
        if self is current_process():
            return True
        if self._popen is None:
            return False
        return self._poll() is None

    def terminate(self):
        self._signal(15)

    def kill(self):
        self._signal(9)

    def _signal(self, sig):
        self._check_closed()
        if self._popen is not None and self._poll() is None:
            try:
                _mp.kill(self._popen, sig)
            except OSError:
                pass

    def close(self):
        if self._popen is not None and self._poll() is None:
            raise ValueError("Cannot close a process while it is still running. "  # CPython: multiprocessing/process.py:181
                             "You should first call join() or terminate().")
        if self._sentinel is not None:
            _mp.close(self._sentinel)
            self._sentinel = None
        self._closed = True

    @property
    def exitcode(self):
        self._check_closed()
        if self._popen is None:
            return self._exitcode
        return self._poll()

    @property
    def sentinel(self):
        self._check_closed()
        if self._popen is None:
            raise ValueError("process not started")
        if self._sentinel is None:
            # Reaped before anyone asked: a pipe already at its end stands in.
            self._sentinel, alive = _mp.pipe()
            _mp.close(alive)
        self._sentinel_given = True
        return self._sentinel

    def _release_sentinel(self):
        # Without finalizers, a sentinel nobody holds is closed once the child is
        # reaped, so that starting many processes does not use up descriptors.
        if self._sentinel is not None and not self._sentinel_given:
            _mp.close(self._sentinel)
            self._sentinel = None

    @property
    def pid(self):
        self._check_closed()
        return self._popen if self._popen else (os.getpid() if self is current_process() else None)

    ident = pid

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'  # CPython: multiprocessing/process.py:195
        self._name = name
        if self is current_process():
            _mp.set_process_name(name)

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        assert self._popen is None, 'process has already started'  # CPython: multiprocessing/process.py:210
        self._daemonic = daemonic

    def __repr__(self):
        if self is current_process():
            status = 'started'
        elif self._popen is None:
            status = 'initial'
        else:
            code = self._poll()
            status = 'started' if code is None else 'stopped'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._popen is not None:
            info.append('pid=%s' % self._popen)
        info.append('parent=%s' % os.getpid() if self._popen is not None else 'parent=%s' % os.getpid())
        info.append(status)
        code = self._exitcode
        if code is not None and status == 'stopped':
            if code < 0:
                info.append('exitcode=-%s' % _SIGNAMES.get(-code, -code))
            else:
                info.append('exitcode=%s' % code)
        if self._daemonic:
            info.append('daemon')
        return '<%s>' % ' '.join(info)


_SIGNAMES = {9: 'SIGKILL', 15: 'SIGTERM', 2: 'SIGINT', 6: 'SIGABRT', 11: 'SIGSEGV'}


def _flush_print(text):
    import sys
    print(text, file=sys.stderr)


class _ParentProcess:
    def __init__(self, name, pid):
        self.name = name
        self.pid = pid
        self.ident = pid
        self.daemon = False

    def is_alive(self):
        return _mp.getppid() == self.pid

    def __repr__(self):
        return '<_ParentProcess name=%r parent=None unknown>' % self.name


def _reset_threading():
    """After a fork only the forking thread survives."""
    threading._after_fork()


def _join_threads():
    me = threading.current_thread()
    for t in threading.enumerate():
        if t is not me and not t.daemon and t._started.is_set():
            t.join()


def _cleanup():
    for p in list(_children):
        p._poll()


def _exit_function():
    """At exit, daemonic children are terminated and the others joined, as CPython's
    `multiprocessing.util._exit_function`."""
    _info('process shutting down')
    _debug('running all "atexit" finalizers with priority >= 0')
    # As CPython's manager finalizers: the manager servers this process started stop
    # first, since they run until told to.
    import sys
    managers = sys.modules.get('multiprocessing.managers')
    if managers is not None:
        managers._shutdown_started()
    for p in list(_children):
        if p.daemon and p.is_alive():
            _info('calling terminate() for daemon %s', p.name)
            p.terminate()
    for p in list(_children):
        if p.is_alive():
            _info('calling join() for process %s', p.name)
        p.join()
    _debug('running the remaining "atexit" finalizers')


# ---- logging, as multiprocessing.util ----

_logger = None


def get_logger():
    """The 'multiprocessing' logger, which does not propagate to the root logger."""
    global _logger
    if _logger is None:
        import logging
        _logger = logging.getLogger('multiprocessing')
        _logger.propagate = 0
    return _logger


def log_to_stderr(level=None):
    """Turns on the messages of multiprocessing on stderr."""
    import logging
    logger = get_logger()
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter('[%(levelname)s/%(processName)s] %(message)s'))
    logger.addHandler(handler)
    if level:
        logger.setLevel(level)
    return logger


def _log(level, msg, *args):
    if _logger is not None:
        _logger.log(level, msg, *args)


def _info(msg, *args):
    _log(20, msg, *args)


def _debug(msg, *args):
    _log(10, msg, *args)


# ---- synchronisation in shared memory ----

class Lock:
    def __init__(self):
        self._shm = _mp.SharedMemory(0)

    def acquire(self, block=True, timeout=None):
        return self._shm.acquire(block, timeout)

    def release(self):
        self._shm.release()

    def __enter__(self):
        return self._shm.acquire()

    def __exit__(self, *args):
        self._shm.release()

    def __repr__(self):
        return '<Lock(owner=%s)>' % ('SomeOtherProcess' if self._shm.locked() else 'None')


def _me():
    return os.getpid() * 4294967296 + _thread.get_ident() % 4294967296


class RLock:
    """The owner (process and thread) and the depth live in shared memory beside the
    lock word."""

    def __init__(self):
        self._shm = _mp.SharedMemory(16)

    def acquire(self, block=True, timeout=None):
        me = _me()
        if self._shm.load('q', 0) == me:
            self._shm.store('q', 1, self._shm.load('q', 1) + 1)
            return True
        if not self._shm.acquire(block, timeout):
            return False
        self._shm.store('q', 0, me)
        self._shm.store('q', 1, 1)
        return True

    def release(self):
        if self._shm.load('q', 0) != _me():
            raise AssertionError('attempt to release recursive lock not owned by thread')
        depth = self._shm.load('q', 1) - 1
        self._shm.store('q', 1, depth)
        if depth == 0:
            self._shm.store('q', 0, 0)
            self._shm.release()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._shm = _mp.SharedMemory(8)
        self._shm.store('q', 0, value)

    def acquire(self, block=True, timeout=None):
        deadline = None if timeout is None else time.monotonic() + timeout
        delay = 0.0005
        while True:
            with self._shm:
                n = self._shm.load('q', 0)
                if n > 0:
                    self._shm.store('q', 0, n - 1)
                    return True
            if not block or deadline is not None and time.monotonic() >= deadline:
                return False
            time.sleep(delay)
            delay = min(delay * 2, 0.01)

    def release(self):
        with self._shm:
            self._shm.store('q', 0, self._shm.load('q', 0) + 1)

    def get_value(self):
        return self._shm.load('q', 0)

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self):
        with self._shm:
            n = self._shm.load('q', 0)
            if n >= self._initial_value:
                raise ValueError('semaphore or lock released too many times')
            self._shm.store('q', 0, n + 1)


def _poll_delays():
    """The sleeps between two looks at shared memory: short at first, then 10 ms."""
    delay = 0.0005
    while True:
        yield delay
        delay = min(delay * 2, 0.01)


class Condition:
    """A condition variable shared by processes: beside its lock, shared memory counts
    the waiters (word 0) and the wake-ups notify has handed out but no waiter has taken
    yet (word 1)."""

    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        self._shm = _mp.SharedMemory(16)

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        with self._shm:
            waiters = self._shm.load('q', 0) - self._shm.load('q', 1)
        return '<Condition(%s, %d)>' % (self._lock, waiters)

    def _release_all(self):
        if isinstance(self._lock, RLock):
            if self._lock._shm.load('q', 0) != _me():
                raise AssertionError('lock is not owned')
            depth = self._lock._shm.load('q', 1)
            self._lock._shm.store('q', 1, 1)
            self._lock.release()
            return depth
        self._lock.release()
        return 1

    def _acquire_restore(self, depth):
        self._lock.acquire()
        if isinstance(self._lock, RLock):
            self._lock._shm.store('q', 1, depth)

    def wait(self, timeout=None):
        with self._shm:
            self._shm.store('q', 0, self._shm.load('q', 0) + 1)
        depth = self._release_all()
        deadline = None if timeout is None else time.monotonic() + timeout
        try:
            for delay in _poll_delays():
                with self._shm:
                    pending = self._shm.load('q', 1)
                    expired = deadline is not None and time.monotonic() >= deadline
                    if pending > 0 or expired:
                        # A wake-up is anyone's: take one if there is one.
                        self._shm.store('q', 0, self._shm.load('q', 0) - 1)
                        if pending > 0:
                            self._shm.store('q', 1, pending - 1)
                        return pending > 0
                time.sleep(delay)
        finally:
            self._acquire_restore(depth)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        deadline = None if timeout is None else time.monotonic() + timeout
        while not result:
            if deadline is not None:
                waittime = deadline - time.monotonic()
                if waittime <= 0:
                    break
            else:
                waittime = None
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        with self._shm:
            waiters = self._shm.load('q', 0)
            pending = self._shm.load('q', 1)
            self._shm.store('q', 1, pending + min(n, waiters - pending))

    def notify_all(self):
        self.notify(2 ** 31)


class Barrier(threading.Barrier):
    """threading.Barrier over a process-shared Condition, its state and count in shared
    memory."""

    def __init__(self, parties, action=None, timeout=None):
        self._shm = _mp.SharedMemory(16)
        threading.Barrier.__init__(self, parties, action, timeout)
        self._cond = Condition(Lock())

    @property
    def _phase(self):
        return self._shm.load('q', 0)

    @_phase.setter
    def _phase(self, value):
        self._shm.store('q', 0, value)

    @property
    def _count(self):
        return self._shm.load('q', 1)

    @_count.setter
    def _count(self, value):
        self._shm.store('q', 1, value)


class Event:
    def __init__(self):
        self._shm = _mp.SharedMemory(8)

    def is_set(self):
        return self._shm.load('q', 0) == 1

    def set(self):
        self._shm.store('q', 0, 1)

    def clear(self):
        self._shm.store('q', 0, 0)

    def wait(self, timeout=None):
        deadline = None if timeout is None else time.monotonic() + timeout
        delay = 0.0005
        while not self.is_set():
            if deadline is not None and time.monotonic() >= deadline:
                return False
            time.sleep(delay)
            delay = min(delay * 2, 0.01)
        return True


_CTYPES = {'c': 'c_char', 'b': 'c_byte', 'B': 'c_ubyte', 'h': 'c_short', 'H': 'c_ushort',
           'i': 'c_int', 'I': 'c_uint', 'l': 'c_long', 'L': 'c_ulong', 'q': 'c_longlong',
           'Q': 'c_ulonglong', 'f': 'c_float', 'd': 'c_double'}
_SIZES = {'c': 1, 'b': 1, 'B': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8,
          'Q': 8, 'f': 4, 'd': 8}


def _typecode(code):
    if code not in _SIZES:
        raise TypeError('this type has no size')
    return code


def _zero(code):
    return b'\x00' if code == 'c' else 0.0 if code in 'fd' else 0


def _lock_for(lock):
    if lock is True or lock is None:
        return RLock()
    if lock is False:
        return None
    if hasattr(lock, 'acquire'):
        return lock
    raise AttributeError("%r has no method 'acquire'" % lock)


class _Synchronized:
    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self

    def acquire(self, *args):
        return self._lock.acquire(*args)

    def release(self):
        return self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)


class _SharedValue(_Synchronized):
    def __init__(self, code, args, lock):
        self._code = _typecode(code)
        self._shm = _mp.SharedMemory(_SIZES[code])
        self._shm.store(code, 0, args[0] if args else _zero(code))
        self._lock = _lock_for(lock)

    @property
    def value(self):
        return self._shm.load(self._code, 0)

    @value.setter
    def value(self, v):
        self._shm.store(self._code, 0, v)

    def __repr__(self):
        return '<Synchronized wrapper for %s(%r)>' % (_CTYPES[self._code], self.value)


class Synchronized(_SharedValue):
    __module__ = 'multiprocessing.sharedctypes'


def _raw_value_class(code):
    # Unsynchronized values are the plain ctypes objects, named after their C type.
    name = _CTYPES[_typecode(code)]
    return type(name, (_SharedValue,), {
        '__module__': 'ctypes',
        '__repr__': lambda self: '%s(%r)' % (name, self.value),
    })


class _SharedArray(_Synchronized):
    def __init__(self, code, init, lock):
        self._code = _typecode(code)
        items = [_zero(code)] * init if isinstance(init, int) else list(init)
        items = [self._item(x) for x in items]
        self._len = len(items)
        self._shm = _mp.SharedMemory(_SIZES[code] * len(items))
        for i, x in enumerate(items):
            self._shm.store(code, i, x)
        self._lock = _lock_for(lock)

    def __len__(self):
        return self._len

    def _item(self, x):
        # Iterating bytes gives ints; a c_char element is one byte.
        if self._code == 'c' and isinstance(x, int):
            return bytes([x])
        return x

    def _index(self, i):
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError('invalid index')
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            items = [self._shm.load(self._code, k) for k in range(self._len)[i]]
            return b''.join(items) if self._code == 'c' else items
        return self._shm.load(self._code, self._index(i))

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            keys = range(self._len)[i]
            v = list(v)
            if len(v) != len(keys):
                raise ValueError('Can only assign sequence of same size')
            for k, x in zip(keys, v):
                self._shm.store(self._code, k, self._item(x))
            return
        self._shm.store(self._code, self._index(i), self._item(v))

    def __iter__(self):
        return iter(self[:])

    def __repr__(self):
        return '<%s wrapper for <multiprocessing.sharedctypes.%s_Array_%d object at %#x>>' % (
            type(self).__name__, _CTYPES[self._code], self._len, id(self))


class SynchronizedArray(_SharedArray):
    __module__ = 'multiprocessing.sharedctypes'


class SynchronizedString(_SharedArray):
    """An array of c_char: also readable and writable as bytes."""
    __module__ = 'multiprocessing.sharedctypes'

    @property
    def value(self):
        return self[:].split(b'\x00', 1)[0]

    @value.setter
    def value(self, v):
        if len(v) > self._len:
            raise ValueError('byte string too long')
        self[:len(v)] = v
        if len(v) < self._len:
            self[len(v)] = b'\x00'

    @property
    def raw(self):
        return self[:]

    @raw.setter
    def raw(self, v):
        if len(v) > self._len:
            raise ValueError('byte string too long')
        self[:len(v)] = v


def Value(typecode_or_type, *args, lock=True):
    if lock is False:
        return RawValue(typecode_or_type, *args)
    return Synchronized(typecode_or_type, args, lock)


def _array_class(typecode):
    return SynchronizedString if typecode == 'c' else SynchronizedArray


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    return _array_class(typecode_or_type)(typecode_or_type, size_or_initializer, lock)


def RawValue(typecode_or_type, *args):
    return _raw_value_class(typecode_or_type)(typecode_or_type, args, False)


def RawArray(typecode_or_type, size_or_initializer):
    return _array_class(typecode_or_type)(typecode_or_type, size_or_initializer, False)


# ---- queues and pipes: framed, encoded messages over OS pipes ----

class Connection:
    def __init__(self, rfd, wfd, readable=True, writable=True):
        self._rfd = rfd
        self._wfd = wfd
        self.readable = readable
        self.writable = writable
        self.closed = False

    def _check(self, ok, what):
        if self.closed:
            raise OSError('handle is closed')
        if not ok:
            raise OSError('connection is write-only' if what == 'r' else 'connection is read-only')

    def send(self, obj):
        self._check(self.writable, 'w')
        _mp.send(self._wfd, _dumps(obj))

    def recv(self):
        self._check(self.readable, 'r')
        return _loads(_mp.recv(self._rfd))

    def send_bytes(self, buf):
        self.send(bytes(buf))

    def recv_bytes(self):
        return self.recv()

    def poll(self, timeout=0.0):
        self._check(self.readable, 'r')
        return _mp.poll(self._rfd, timeout)

    def fileno(self):
        return self._rfd if self.readable else self._wfd

    def close(self):
        if not self.closed:
            self.closed = True
            for fd in (self._rfd, self._wfd):
                if fd is not None:
                    _mp.close(fd)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def Pipe(duplex=True):
    r1, w1 = _mp.pipe()
    if not duplex:
        return Connection(r1, None, True, False), Connection(None, w1, False, True)
    r2, w2 = _mp.pipe()
    return Connection(r1, w2), Connection(r2, w1)


# The queues are named after multiprocessing.queues, where CPython defines them.
class Queue:
    __module__ = 'multiprocessing.queues'

    def __init__(self, maxsize=0):
        if maxsize <= 0:
            maxsize = 2147483647
        self._maxsize = maxsize
        self._r, self._w = _mp.pipe()
        self._rlock = Lock()
        self._wlock = Lock()
        # The number of items, for qsize/full, with its own lock word.
        self._size = _mp.SharedMemory(8)
        self._closed = False

    def _add(self, n):
        with self._size:
            self._size.store('q', 0, self._size.load('q', 0) + n)

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")  # CPython: multiprocessing/queues.py:88
        data = _dumps(obj)
        deadline = None if timeout is None else time.monotonic() + timeout
        delay = 0.0005
        while self.qsize() >= self._maxsize:
            if not block or deadline is not None and time.monotonic() >= deadline:
                raise Full  # CPython: multiprocessing/queues.py:90
            time.sleep(delay)
            delay = min(delay * 2, 0.01)
        with self._wlock:
            self._add(1)
            _mp.send(self._w, data)

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")  # CPython: multiprocessing/queues.py:100
        if block and timeout is None:
            with self._rlock:
                data = _mp.recv(self._r)
                self._add(-1)
            return _loads(data)
        if block:
            deadline = time.monotonic() + timeout
        if not self._rlock.acquire(block, timeout):
            raise Empty  # CPython: multiprocessing/queues.py:109
        try:
            if block:
                timeout = max(0, deadline - time.monotonic())
                if not _mp.poll(self._r, timeout):
                    raise Empty  # CPython: multiprocessing/queues.py:114
            elif not _mp.poll(self._r, 0):
                raise Empty  # CPython: multiprocessing/queues.py:116
            data = _mp.recv(self._r)
            self._add(-1)
        finally:
            self._rlock.release()
        return _loads(data)

    def put_nowait(self, obj):
        return self.put(obj, False)  # CPython: multiprocessing/queues.py:138

    def get_nowait(self):
        return self.get(False)  # CPython: multiprocessing/queues.py:135

    def qsize(self):
        return self._size.load('q', 0)

    def empty(self):
        return not _mp.poll(self._r, 0)

    def full(self):
        return self.qsize() >= self._maxsize

    def close(self):
        self._closed = True

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


class SimpleQueue(Queue):
    __module__ = 'multiprocessing.queues'


class JoinableQueue(Queue):
    __module__ = 'multiprocessing.queues'

    def __init__(self, maxsize=0):
        Queue.__init__(self, maxsize)
        self._unfinished = _mp.SharedMemory(8)

    def put(self, obj, block=True, timeout=None):
        with self._unfinished:
            self._unfinished.store('q', 0, self._unfinished.load('q', 0) + 1)
        Queue.put(self, obj, block, timeout)

    def task_done(self):
        with self._unfinished:
            n = self._unfinished.load('q', 0)
            if n <= 0:
                raise ValueError('task_done() called too many times')  # CPython: multiprocessing/queues.py:324
            self._unfinished.store('q', 0, n - 1)

    def join(self):
        delay = 0.0005
        while self._unfinished.load('q', 0) > 0:
            time.sleep(delay)
            delay = min(delay * 2, 0.01)


def Manager():
    from multiprocessing.managers import SyncManager
    m = SyncManager()
    m.start()
    return m


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    from multiprocessing.pool import Pool
    return Pool(processes, initializer, initargs, maxtasksperchild)


# ---- start methods ----

_start_method = [None]


def set_start_method(method, force=False):
    if _start_method[0] is not None and not force:
        raise RuntimeError('context has already been set')  # CPython: multiprocessing/context.py:247
    if method not in ('fork', 'spawn', 'forkserver', None):
        raise ValueError('cannot find context for %r' % method)
    _start_method[0] = method


def get_start_method(allow_none=False):
    if _start_method[0] is None and not allow_none:
        _start_method[0] = 'fork'
    return _start_method[0]


def get_all_start_methods():
    return ['fork', 'spawn', 'forkserver']


class BaseContext:
    __module__ = 'multiprocessing.context'

    def get_start_method(self, allow_none=False):
        return self._name

    def get_context(self, method=None):
        if method is None:
            return self
        if method not in _contexts:
            raise ValueError('cannot find context for %r' % method) from None  # CPython: multiprocessing/context.py:193
        return _contexts[method]

    # A context offers the module's API; gilpy starts every process the same way.
    def __getattr__(self, name):
        import multiprocessing
        return getattr(multiprocessing, name)


class ForkContext(BaseContext):
    __module__ = 'multiprocessing.context'
    _name = 'fork'


class SpawnContext(BaseContext):
    __module__ = 'multiprocessing.context'
    _name = 'spawn'


class ForkServerContext(BaseContext):
    __module__ = 'multiprocessing.context'
    _name = 'forkserver'


# One context object per start method, as CPython keeps them.
_contexts = {c._name: c() for c in (ForkContext, SpawnContext, ForkServerContext)}


class _DefaultContext(BaseContext):
    """What the module-level functions use: the context of the start method."""

    def get_context(self, method=None):
        if method is None:
            return _contexts[get_start_method()]
        return super().get_context(method)  # CPython: multiprocessing/context.py:243


get_context = _DefaultContext().get_context


def freeze_support():
    pass
