"""Processes that run Python code in parallel, with the fork start method of CPython on
Linux: a child is a copy of the parent that runs only its target, then exits."""

import _multiprocessing as _mp
import _thread
import threading
import time
import os
from queue import Empty, Full

__all__ = ['Process', 'current_process', 'active_children', 'parent_process',
           'cpu_count', 'Queue', 'SimpleQueue', 'JoinableQueue', 'Pipe', 'Lock', 'RLock',
           'Value', 'Array', 'Pool', 'set_start_method', 'get_start_method',
           'get_context', 'TimeoutError', 'ProcessError', 'AuthenticationError']


class ProcessError(Exception):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


def cpu_count():
    n = os.cpu_count()
    if n is None:
        raise NotImplementedError('cannot determine number of cpus')
    return n


# ---- message encoding: built-in values and module-level functions and classes ----

def _ref(obj):
    return getattr(obj, '__module__', None) or 'builtins', obj.__qualname__


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
    elif isinstance(obj, type) or callable(obj) and not hasattr(obj, '__dict__') \
            or t.__name__ in ('function', 'builtin_function_or_method'):
        _enc_ref(obj, out)
    elif hasattr(obj, '__dict__'):
        _enc_ref(t, out)
        out.append('o')
        _enc(obj.__dict__, out)
    else:
        raise TypeError("cannot pickle '%s' object" % t.__name__)


def _enc_ref(obj, out):
    module, qualname = _ref(obj)
    if '<' in qualname:
        raise AttributeError("Can't pickle local object '%s'" % qualname)
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
        assert group is None, 'group argument must be None for now'
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

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        assert self._popen is None, 'cannot start a process twice'
        assert current_process() is not self, 'can only start a process object created by current process'
        assert not current_process().daemon, 'daemonic processes are not allowed to have children'
        _cleanup()
        pid = _mp.fork()
        if pid == 0:
            code = 1
            try:
                code = self._bootstrap()
            finally:
                # The child must never return into the parent's code.
                _mp._exit(code)
        self._popen = pid
        _children.add(self)

    def _bootstrap(self):
        parent = current_process()
        _current[0] = self
        _parent[0] = _ParentProcess(parent.name, parent.pid)
        _children.clear()
        _counter[0] = 0
        self._identity_child = True
        self._popen = None
        _reset_threading()
        try:
            try:
                self.run()
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
        return exitcode

    def _poll(self, block=False):
        if self._exitcode is None and self._popen is not None:
            code = _mp.waitpid(self._popen, block)
            if code is not None:
                self._exitcode = code
                _children.discard(self)
        return self._exitcode

    def join(self, timeout=None):
        assert self._popen is not None, 'can only join a started process'
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
        if self._popen is not None and self._poll() is None:
            try:
                _mp.kill(self._popen, sig)
            except OSError:
                pass

    def close(self):
        if self._popen is not None and self._poll() is None:
            raise ValueError("Cannot close a process while it is still running. "
                             "You should first call join() or terminate().")
        self._closed = True

    @property
    def exitcode(self):
        if self._popen is None:
            return self._exitcode
        return self._poll()

    @property
    def pid(self):
        return self._popen if self._popen else (os.getpid() if self is current_process() else None)

    ident = pid

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        assert self._popen is None, 'process has already started'
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
    """After a fork only the forking thread survives: it becomes the only entry of the
    thread table, and locks other threads may have held are replaced."""
    me = threading.current_thread()
    threading._active_limbo_lock = threading.RLock()
    threading._active.clear()
    threading._limbo.clear()
    threading._active[_thread.get_ident()] = me


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
    for p in list(_children):
        if p.daemon and p.is_alive():
            p.terminate()
    for p in list(_children):
        p.join()


# ---- start methods ----

_start_method = [None]


def set_start_method(method, force=False):
    if _start_method[0] is not None and not force:
        raise RuntimeError('context has already been set')
    if method not in ('fork', 'spawn', 'forkserver', None):
        raise ValueError('cannot find context for %r' % method)
    _start_method[0] = method


def get_start_method(allow_none=False):
    if _start_method[0] is None and not allow_none:
        _start_method[0] = 'fork'
    return _start_method[0]


def get_all_start_methods():
    return ['fork', 'spawn', 'forkserver']


class _Context:
    def __init__(self, method):
        self._name = method

    def get_start_method(self, allow_none=False):
        return self._name

    def __getattr__(self, name):
        return globals()[name]


def get_context(method=None):
    if method is not None and method not in ('fork', 'spawn', 'forkserver'):
        raise ValueError('cannot find context for %r' % method)
    return _Context(method or get_start_method())


def freeze_support():
    pass
