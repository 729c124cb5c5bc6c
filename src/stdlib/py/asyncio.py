"""asyncio: CPython 3.11's single-threaded event loop, futures, tasks and
synchronization primitives, following CPython's scheduling order step for step
(a FIFO ready queue, timers moved to it when due, one batch of ready callbacks
per loop iteration)."""

import heapq as _heapq
import inspect as _inspect
from _traceback import defined_at as _defined_at, depth as _tb_depth, restore as _tb_restore
import atexit as _atexit
import contextvars as _contextvars
import math as _math
from functools import partial as _partial
from types import FunctionType as _FunctionType
import reprlib as _reprlib
import threading as _threading
import time as _time
from collections import deque as _deque


# Named after the submodules CPython defines them in, as its tracebacks show them.
class CancelledError(BaseException):
    __module__ = 'asyncio.exceptions'


class InvalidStateError(Exception):
    __module__ = 'asyncio.exceptions'


class QueueEmpty(Exception):
    __module__ = 'asyncio.queues'


class QueueFull(Exception):
    __module__ = 'asyncio.queues'


TimeoutError = TimeoutError


class IncompleteReadError(EOFError):
    __module__ = 'asyncio.exceptions'

    def __init__(self, partial, expected):
        r_expected = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of '
                         f'{r_expected} expected bytes')
        self.partial = partial
        self.expected = expected

    def __reduce__(self):
        return type(self), (self.partial, self.expected)


class LimitOverrunError(Exception):
    __module__ = 'asyncio.exceptions'

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        return type(self), (self.args[0], self.consumed)


class exceptions:
    """asyncio.exceptions, where CPython defines these: its code, which tracebacks
    quote, names them through it."""
    CancelledError = CancelledError
    InvalidStateError = InvalidStateError
    TimeoutError = TimeoutError
    IncompleteReadError = IncompleteReadError
    LimitOverrunError = LimitOverrunError

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


async def _coroutine_probe():
    pass


_probe = _coroutine_probe()
_CoroutineType = type(_probe)
_probe.close()
del _probe


def iscoroutine(obj):
    return type(obj) is _CoroutineType


def iscoroutinefunction(func):
    return _inspect.iscoroutinefunction(func)


def isfuture(obj):
    return getattr(type(obj), '_asyncio_future_blocking', None) is not None


# ---- loop ----------------------------------------------------------------

def _short_repr(obj, limit=30):
    """`reprlib.repr` for the arguments a callback is shown with: long strings and
    objects elided in the middle."""
    if isinstance(obj, (list, tuple, dict, set, frozenset)):
        return repr(obj)
    if isinstance(obj, int) and not isinstance(obj, bool):
        limit = 40
    elif isinstance(obj, str):
        text = repr(obj[:limit])
        if len(text) > limit:
            i = max(0, (limit - 3) // 2)
            j = max(0, limit - 3 - i)
            text = repr(obj[:i] + obj[len(obj) - j:])
            text = text[:i] + '...' + text[len(text) - j:]
        return text
    text = repr(obj)
    if len(text) > limit:
        i = max(0, (limit - 3) // 2)
        j = max(0, limit - 3 - i)
        text = text[:i] + '...' + text[len(text) - j:]
    return text


def _format_callback(func, args, kwargs=None, suffix=''):
    # CPython's Task is written in C: its wakeup callback has no source.
    if getattr(func, '__func__', None) is Task._wakeup:
        return 'Task.task_wakeup()'
    if isinstance(func, _partial):
        suffix = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None) or repr(func)
    return name + _format_args_and_kwargs(args, kwargs) + suffix


def _format_args_and_kwargs(args, kwargs):
    items = [_short_repr(a) for a in args or ()]
    items.extend(f'{k}={_short_repr(v)}' for k, v in (kwargs or {}).items())
    return '({})'.format(', '.join(items))


def _format_callback_source(func, args):
    text = _format_callback(func, args)
    # Only plain functions, also inside partials, show where they are defined.
    while isinstance(func, _partial):
        func = func.func
    if type(func) is _FunctionType:
        text += ' at %s:%d' % _defined_at(func.__code__)
    return text


def _format_callbacks(cb):
    size = len(cb)
    if size == 1:
        cb = _format_callback_source(cb[0], ())
    elif size == 2:
        cb = '{}, {}'.format(_format_callback_source(cb[0], ()),
                             _format_callback_source(cb[1], ()))
    elif size > 2:
        cb = '{}, <{} more>, {}'.format(_format_callback_source(cb[0], ()), size - 2,
                                        _format_callback_source(cb[-1], ()))
    return f'cb=[{cb}]'


def _format_coroutine(coro):
    name = f'{coro.__qualname__}()'
    code = coro.cr_code
    frame = coro.cr_frame
    if frame is not None:
        return f'{name} running at {code.co_filename}:{frame.f_lineno}'
    return f'{name} done, defined at {code.co_filename}:{code.co_firstlineno}'


class Handle:
    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False
        self._context = _contextvars.copy_context() if context is None else context

    def _repr_info(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_format_callback_source(self._callback, self._args))
        return info

    def __repr__(self):
        return '<' + ' '.join(self._repr_info()) + '>'

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        callback, args = self._callback, self._args
        try:
            self._context.run(self._callback, *self._args)  # CPython: asyncio/events.py:80
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': f'Exception in callback {_format_callback_source(callback, args)}',
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when

    def _repr_info(self):
        info = super()._repr_info()
        info.insert(2 if self._cancelled else 1, f'when={self._when}')
        return info

    def when(self):
        return self._when


# Per thread: `running`, the loop running in it.
_loops = _threading.local()


class AbstractEventLoop:
    pass


class BaseEventLoop(AbstractEventLoop):
    def __init__(self):
        self._ready = _deque()
        # Sorted by deadline; equal deadlines keep their scheduling order.
        self._scheduled = []
        self._stopping = False
        self._closed = False
        self._running = False
        # The loop waits on `_wakeup`, which call_soon_threadsafe notifies.
        self._wakeup = _threading.Condition()
        self._default_executor = None
        self._exception_handler = None
        self._signal_handlers = {}
        # I/O callbacks by fd, and the socket pair by which other threads wake a loop
        # waiting in select (made with the first one).
        self._readers = {}
        self._writers = {}
        self._ssock = self._csock = None

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug=False>')

    def _check_signal(self, sig):
        import signal
        if not isinstance(sig, int):
            raise TypeError(f'sig must be an int, not {sig!r}')
        if not 1 <= sig < signal.NSIG:
            raise ValueError(f'invalid signal number {sig}')

    def add_signal_handler(self, sig, callback, *args):
        import signal
        if iscoroutine(callback):
            raise TypeError("coroutines cannot be used with add_signal_handler()")
        self._check_signal(sig)
        self._check_closed()
        self._signal_handlers[sig] = Handle(callback, args, self)
        signal.signal(sig, self._handle_signal)

    def _handle_signal(self, sig, frame):
        # Runs as a Python signal handler: the callback itself runs in the loop.
        handle = self._signal_handlers.get(sig)
        if handle is None:
            return
        if handle._cancelled:
            self.remove_signal_handler(sig)
        else:
            with self._wakeup:
                self._ready.append(handle)
                self._wakeup.notify()

    def remove_signal_handler(self, sig):
        import signal
        self._check_signal(sig)
        if self._signal_handlers.pop(sig, None) is None:
            return False
        if sig == signal.SIGINT:
            signal.signal(sig, signal.default_int_handler)
        else:
            signal.signal(sig, signal.SIG_DFL)
        return True

    def get_debug(self):
        return False

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        message = context.get('message') or 'Unhandled exception in event loop'
        exception = context.get('exception')
        if exception is not None:
            exc_info = (type(exception), exception, exception.__traceback__)
        else:
            exc_info = False
        log_lines = [message]
        for key in sorted(context):
            if key not in ('message', 'exception'):
                log_lines.append(f'{key}: {context[key]!r}')
        import logging
        logging.getLogger('asyncio').error('\n'.join(log_lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
            return
        try:
            self._exception_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self.default_exception_handler({
                'message': 'Unhandled error in exception handler',
                'exception': exc,
                'context': context,
            })

    def time(self):
        return _time.monotonic()

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        if self._running:
            raise RuntimeError("Cannot close a running event loop")  # CPython: asyncio/base_events.py:672
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled = []
        for sig in list(self._signal_handlers):
            self.remove_signal_handler(sig)
        # CPython reports a failed task nobody asked about when it is garbage
        # collected; here that is when its loop closes, which drops the loop's tasks.
        mine = [t for t in _all_tasks if t._loop is self]
        _all_tasks[:] = [t for t in _all_tasks if t._loop is not self]
        for task in mine:
            if task.done():
                task._report_lost()
            else:
                # A task left pending goes at exit, with the cycle it is in.
                _pending_at_close.append(task)
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)
        self._readers.clear()
        self._writers.clear()
        if self._ssock is not None:
            self._ssock.close()
            self._csock.close()
            self._ssock = self._csock = None

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')  # CPython: asyncio/base_events.py:519

    def call_soon(self, callback, *args, context=None):
        self._check_closed()  # CPython: asyncio/base_events.py:761
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        self._check_closed()  # CPython: asyncio/base_events.py:806
        handle = Handle(callback, args, self, context)
        with self._wakeup:
            self._ready.append(handle)
            self._wakeup.notify()
            csock = self._csock
        if csock is not None:
            try:
                csock.send(b'\0')
            except OSError:
                pass
        return handle

    def run_in_executor(self, executor, func, *args):
        self._check_closed()  # CPython: asyncio/base_events.py:816
        if executor is None:
            executor = self._default_executor
            if executor is None:
                from concurrent.futures import ThreadPoolExecutor
                executor = ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        return wrap_future(executor.submit(func, *args), loop=self)

    def _wait(self, timeout):
        """Sleeps until a timer is due (`timeout`, None for no timer), or until a
        thread hands the loop a callback."""
        if timeout is not None:
            # CPython waits in epoll, whose timeout is whole milliseconds rounded up:
            # timers due within that millisecond run in the same iteration.
            timeout = _math.ceil(timeout * 1000) / 1000
        if self._readers or self._writers:
            self._wait_io(timeout)
            return
        with self._wakeup:
            if not self._ready:
                self._wakeup.wait(timeout)

    def _wait_io(self, timeout):
        """Waits in select for the registered fds, then queues their callbacks."""
        import select
        with self._wakeup:
            if self._ready:
                timeout = 0
        readers = list(self._readers)
        readers.append(self._ssock.fileno())
        try:
            r, w, _ = select.select(readers, list(self._writers), [], timeout)
        except InterruptedError:
            return
        for fd in r:
            if fd == self._ssock.fileno():
                self._drain_self_pipe()
            else:
                self._add_io_callback(self._readers.get(fd))
        for fd in w:
            self._add_io_callback(self._writers.get(fd))

    def _drain_self_pipe(self):
        try:
            while self._ssock.recv(4096):
                pass
        except (BlockingIOError, InterruptedError):
            pass

    def _add_io_callback(self, handle):
        if handle is not None and not handle._cancelled:
            self._ready.append(handle)

    def _ensure_self_pipe(self):
        if self._ssock is None:
            import socket
            ssock, csock = socket.socketpair()
            ssock.setblocking(False)
            csock.setblocking(False)
            with self._wakeup:
                self._ssock, self._csock = ssock, csock

    def _add_io(self, table, fd, callback, args):
        self._check_closed()
        fd = _fileobj_to_fd(fd)
        self._ensure_self_pipe()
        old = table.get(fd)
        handle = table[fd] = Handle(callback, args, self)
        if old is not None:
            old.cancel()
        return handle

    def _remove_io(self, table, fd):
        if self.is_closed():
            return False
        handle = table.pop(_fileobj_to_fd(fd), None)
        if handle is None:
            return False
        handle.cancel()
        return True

    def add_reader(self, fd, callback, *args):
        self._add_io(self._readers, fd, callback, args)

    def remove_reader(self, fd):
        return self._remove_io(self._readers, fd)

    def add_writer(self, fd, callback, *args):
        self._add_io(self._writers, fd, callback, args)

    def remove_writer(self, fd):
        return self._remove_io(self._writers, fd)

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        self._check_closed()  # CPython: asyncio/base_events.py:740
        timer = TimerHandle(when, callback, args, self, context)
        scheduled = self._scheduled
        i = len(scheduled)
        while i > 0 and scheduled[i - 1]._when > when:
            i -= 1
        scheduled.insert(i, timer)
        return timer

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()  # CPython: asyncio/base_events.py:434
        return Task(coro, loop=self, name=name, context=context)

    def stop(self):
        self._stopping = True

    def _run_once(self):
        scheduled = self._scheduled
        while scheduled and scheduled[0]._cancelled:
            scheduled.pop(0)
        if self._ready or self._stopping:
            timeout = 0
        elif scheduled:
            timeout = max(0, scheduled[0]._when - self.time())
        else:
            timeout = None
        if timeout != 0 or self._readers or self._writers:
            self._wait(timeout)
        end = self.time() + 1e-09
        while scheduled and scheduled[0]._when < end:
            handle = scheduled.pop(0)
            if not handle._cancelled:
                self._ready.append(handle)
        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if not handle._cancelled:
                handle._run()

    def _check_running(self):
        if self._running:
            raise RuntimeError('This event loop is already running')  # CPython: asyncio/base_events.py:588
        if _get_running_loop() is not None:
            raise RuntimeError(  # CPython: asyncio/base_events.py:590
                'Cannot run the event loop while another loop is running')

    def run_forever(self):
        self._check_closed()  # CPython: asyncio/base_events.py:595
        self._check_running()  # CPython: asyncio/base_events.py:596
        self._running = True
        _loops.running = self
        try:
            while True:
                # Threads are counted first: one that hands the loop a callback and
                # ends between the two checks has its callback in _ready by then.
                helpers = _threading.active_count() > 1
                if not (helpers or self._ready or self._scheduled or self._stopping
                        or self._readers or self._writers):
                    # Nothing can ever wake the loop: CPython would block forever.
                    raise RuntimeError('Event loop has nothing left to run')
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _loops.running = None

    def run_until_complete(self, future):
        self._check_closed()  # CPython: asyncio/base_events.py:628
        self._check_running()  # CPython: asyncio/base_events.py:629
        future = ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')  # CPython: asyncio/base_events.py:651
        return future.result()  # CPython: asyncio/base_events.py:653

    async def shutdown_asyncgens(self):
        pass

    async def shutdown_default_executor(self):
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            # Called once every task is done, so blocking the loop delays nothing.
            executor.shutdown(wait=True)


def _fileobj_to_fd(fileobj):
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError(f"Invalid file object: {fileobj!r}") from None
    if fd < 0:
        raise ValueError(f"Invalid file descriptor: {fd}")
    return fd


def _run_until_complete_cb(fut):  # CPython: asyncio/base_events.py:180
    fut.get_loop().stop()


from asyncio.selector_events import (  # noqa: E402
    _SelectorEventLoopMethods, BaseProtocol, Protocol, BufferedProtocol,
    DatagramProtocol, BaseTransport, ReadTransport, WriteTransport, Transport,
    DatagramTransport, AbstractServer, Server)


class _UnixSelectorEventLoop(_SelectorEventLoopMethods, BaseEventLoop):
    pass


SelectorEventLoop = _UnixSelectorEventLoop


class AbstractEventLoopPolicy:
    __module__ = 'asyncio.events'

    def get_event_loop(self):
        raise NotImplementedError  # CPython: asyncio/events.py:621

    def set_event_loop(self, loop):
        raise NotImplementedError  # CPython: asyncio/events.py:625

    def new_event_loop(self):
        raise NotImplementedError  # CPython: asyncio/events.py:631


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    __module__ = 'asyncio.events'
    _loop_factory = None

    class _Local(_threading.local):
        _loop = None
        _set_called = False

    def __init__(self):
        self._local = self._Local()

    def get_event_loop(self):
        # Made on demand only in the main thread, until set_event_loop is called.
        if (self._local._loop is None and not self._local._set_called and
                _threading.current_thread() is _threading.main_thread()):
            self.set_event_loop(self.new_event_loop())
        if self._local._loop is None:
            raise RuntimeError('There is no current event loop in thread %r.'  # CPython: asyncio/events.py:677
                               % _threading.current_thread().name)
        return self._local._loop

    def set_event_loop(self, loop):
        self._local._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")  # CPython: asyncio/events.py:686
        self._local._loop = loop

    def new_event_loop(self):
        return self._loop_factory()


class _UnixDefaultEventLoopPolicy(BaseDefaultEventLoopPolicy):
    __module__ = 'asyncio.unix_events'
    _loop_factory = _UnixSelectorEventLoop

    def set_event_loop(self, loop):
        super().set_event_loop(loop)  # CPython: asyncio/unix_events.py:1449


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
_event_loop_policy = None


def get_event_loop_policy():
    global _event_loop_policy
    if _event_loop_policy is None:
        _event_loop_policy = DefaultEventLoopPolicy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not '{type(policy).__name__}'")  # CPython: asyncio/events.py:771
    _event_loop_policy = policy


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


def get_running_loop():
    loop = _get_running_loop()
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def _get_running_loop():
    return getattr(_loops, 'running', None)


def get_event_loop():
    loop = _get_running_loop()
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)  # CPython: asyncio/events.py:801


# ---- futures and tasks ---------------------------------------------------

class Future:
    # CPython's classes come from its C accelerator module.
    __module__ = '_asyncio'
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = get_event_loop() if loop is None else loop
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None
        self._cancelled_exc = None
        self._log_traceback = False

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                info.append(f'result={_reprlib.repr(self._result)}')
        if self._callbacks:
            info.append(_format_callbacks([fn for fn, _ in self._callbacks]))
        return info

    def __repr__(self):
        return f'<{type(self).__name__} {" ".join(self._repr_info())}>'

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks[:]
        self._callbacks[:] = []
        for callback, context in callbacks:
            self._loop.call_soon(callback, self, context=context)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        self._log_traceback = False
        if self._exception is not None:
            # As CPython's C Future: the traceback restarts from where set_exception
            # found it, the first time; from nothing after that.
            _tb_restore(self._exception, self._exception_tb)
            self._exception_tb = 0
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            if context is None:
                context = _contextvars.copy_context()
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        kept = [(f, ctx) for f, ctx in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._exception_tb = _tb_depth(exception)
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


_current_tasks = {}
_all_tasks = []
_pending_at_close = []


def _report_lost_tasks():
    """At exit, what CPython reports as its collector destroys tasks: those left pending
    by a closed loop, and the failed ones of loops never closed (whose pending tasks the
    live loop keeps)."""
    for task in _pending_at_close + [t for t in _all_tasks if t.done()]:
        task._report_lost()


_atexit.register(_report_lost_tasks)
_task_counter = 0


class Task(Future):
    __module__ = '_asyncio'
    _log_destroy_pending = True

    def _report_lost(self):
        """What CPython's Task.__del__ reports: an exception nobody retrieved, or that
        the task never finished."""
        if self._log_traceback:
            self._log_traceback = False
            self._loop.call_exception_handler({
                'message': 'Task exception was never retrieved',
                'exception': self._exception,
                'future': self,
            })
        elif self._state == _PENDING and self._log_destroy_pending:
            # The collector has closed the coroutine by then: it shows as done.
            self._coro.close()
            self._loop.call_exception_handler({
                'task': self,
                'message': 'Task was destroyed but it is pending!',
            })
    def __init__(self, coro, *, loop=None, name=None, context=None):
        global _task_counter
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        if name is None:
            _task_counter += 1
            name = f'Task-{_task_counter}'
        self._name = str(name)
        self._coro = coro
        self._fut_waiter = None
        self._must_cancel = False
        self._num_cancels_requested = 0
        self._context = _contextvars.copy_context() if context is None else context
        self._loop.call_soon(self._step, context=self._context)
        _all_tasks.append(self)

    def _repr_info(self):
        info = super()._repr_info()
        if self.cancelling() and not self.done():
            info[0] = 'cancelling'
        info.insert(1, f'name={self._name!r}')
        info.insert(2, f'coro=<{_format_coroutine(self._coro)}>')
        if self._fut_waiter is not None:
            info.insert(3, f'wait_for={self._fut_waiter!r}')
        return info

    def get_coro(self):
        return self._coro

    def get_stack(self, *, limit=None):
        frames = []
        f = self._coro.cr_frame
        if f is not None:
            while f is not None:
                if limit is not None:
                    if limit <= 0:
                        break
                    limit -= 1
                frames.append(f)
                f = f.f_back
            frames.reverse()
        elif self._exception is not None:
            tb = self._exception.__traceback__
            while tb is not None:
                if limit is not None:
                    if limit <= 0:
                        break
                    limit -= 1
                frames.append(tb.tb_frame)
                tb = tb.tb_next
        return frames

    # As CPython's: without a file, the heading goes to stdout and the frames to stderr.
    def print_stack(self, *, limit=None, file=None):
        import traceback
        exc = self._exception
        if self._coro.cr_frame is None and exc is not None:
            extracted = traceback.extract_tb(exc.__traceback__, limit)
        else:
            extracted = [entry for f in self.get_stack(limit=limit)
                         for entry in traceback.extract_stack(f, 1)]
        if not extracted:
            print(f'No stack for {self!r}', file=file)
        elif exc is not None:
            print(f'Traceback for {self!r} (most recent call last):', file=file)
        else:
            print(f'Stack for {self!r} (most recent call last):', file=file)
        traceback.print_list(extracted, file=file)
        if exc is not None:
            for line in traceback.format_exception_only(exc.__class__, exc):
                print(line, file=file, end='')

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def cancel(self, msg=None):
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def _step(self, exc=None):
        if self.done():
            raise InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        coro = self._coro
        self._fut_waiter = None
        _current_tasks[self._loop] = self
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, stop.value)
        except CancelledError as cancelled:
            self._cancelled_exc = cancelled
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as error:
            Future.set_exception(self, error)
            raise
        except BaseException as error:
            Future.set_exception(self, error)
        else:
            blocking = getattr(result, '_asyncio_future_blocking', None)
            if blocking is not None:
                if blocking:
                    if result is self:
                        new_exc = RuntimeError(f'Task cannot await on itself: {self!r}')
                        self._loop.call_soon(self._step, new_exc, context=self._context)
                    else:
                        result._asyncio_future_blocking = False
                        result.add_done_callback(self._wakeup, context=self._context)
                        self._fut_waiter = result
                        if self._must_cancel:
                            if self._fut_waiter.cancel(msg=self._cancel_message):
                                self._must_cancel = False
                else:
                    new_exc = RuntimeError(
                        f'yield was used instead of yield from in task {self!r} with {result!r}')
                    self._loop.call_soon(self._step, new_exc, context=self._context)
            elif result is None:
                self._loop.call_soon(self._step, context=self._context)
            else:
                new_exc = RuntimeError(f'Task got bad yield: {result!r}')
                self._loop.call_soon(self._step, new_exc)
        finally:
            del _current_tasks[self._loop]

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in _all_tasks if t._loop is loop and not t.done()}


def create_task(coro, *, name=None, context=None):
    # Named after creation, as 3.11 does, so a name still uses up a Task-N.
    task = get_running_loop().create_task(coro, context=context)
    if name is not None:
        task.set_name(name)
    return task


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        return coro_or_future
    if iscoroutine(coro_or_future):
        if loop is None:
            loop = get_event_loop()
        return loop.create_task(coro_or_future)
    if getattr(type(coro_or_future), '__await__', None) is not None:
        return ensure_future(_wrap_awaitable(coro_or_future), loop=loop)
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


async def to_thread(func, /, *args, **kwargs):
    loop = get_running_loop()
    func_call = _partial(_contextvars.copy_context().run, func, *args, **kwargs)
    return await loop.run_in_executor(None, func_call)  # CPython: asyncio/threads.py:25


async def _wrap_awaitable(awaitable):
    return await awaitable


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


class _Sleep0:
    """A bare yield: the task's next step goes to the end of the ready queue."""

    def __await__(self):
        yield


async def sleep(delay, result=None):
    if delay <= 0:
        await _Sleep0()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future  # CPython: asyncio/tasks.py:639
    finally:
        h.cancel()


class _GatheringFuture(Future):
    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        outer = get_event_loop().create_future()
        outer.set_result([])
        return outer

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                # Marks the exception retrieved: the gather reported the first one.
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if nfinished == nfuts:
            results = []
            for fut in children:
                if fut.cancelled():
                    res = CancelledError(
                        '' if fut._cancel_message is None else fut._cancel_message)
                else:
                    res = fut.exception()
                    if res is None:
                        res = fut.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    arg_to_fut = {}
    children = []
    nfuts = 0
    nfinished = 0
    loop = None
    outer = None
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut._loop
            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    waiter = get_running_loop().create_future()

    def cb(f):
        _release_waiter(waiter)

    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut  # CPython: asyncio/tasks.py:442
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()  # CPython: asyncio/tasks.py:448
        await _cancel_and_wait(fut)
        try:
            return fut.result()  # CPython: asyncio/tasks.py:452
        except CancelledError as exc:
            raise exceptions.TimeoutError() from exc  # CPython: asyncio/tasks.py:454
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)

    def cb(f):
        _release_waiter(waiter)

    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()  # CPython: asyncio/tasks.py:469
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()  # CPython: asyncio/tasks.py:479
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut)
        try:
            return fut.result()  # CPython: asyncio/tasks.py:490
        except CancelledError as exc:
            raise exceptions.TimeoutError() from exc  # CPython: asyncio/tasks.py:492
    finally:
        timeout_handle.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")  # CPython: asyncio/tasks.py:406
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')  # CPython: asyncio/tasks.py:408
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')  # CPython: asyncio/tasks.py:410
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")  # CPython: asyncio/tasks.py:415
    loop = get_running_loop()
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and
                                                    f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    done = Queue()
    loop = get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise exceptions.TimeoutError  # CPython: asyncio/tasks.py:604
        return f.result()  # May raise f.exception().  # CPython: asyncio/tasks.py:605

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


# A plain function, as CPython's: the shielded awaitable starts at once, and what is
# awaited is the outer future, not a coroutine of its own.
def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner._loop
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                # Marks inner's exception as retrieved.
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


class Timeout:
    __module__ = 'asyncio.timeouts'

    # CPython's _State values, which the repr shows.
    _CREATED = 'created'
    _ENTERED = 'active'
    _EXPIRING = 'expiring'
    _EXPIRED = 'expired'
    _EXITED = 'finished'

    def __init__(self, when):
        self._state = self._CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state is not self._ENTERED:
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in (self._EXPIRING, self._EXPIRED)

    def __repr__(self):
        info = ['']
        if self._state is self._ENTERED:
            when = round(self._when, 3) if self._when is not None else None
            info.append(f"when={when}")
        info_str = ' '.join(info)
        return f"<Timeout [{self._state}]{info_str}>"

    async def __aenter__(self):
        self._state = self._ENTERED
        self._task = current_task()
        if self._task is None:
            raise RuntimeError("Timeout should be used inside a task")  # CPython: asyncio/timeouts.py:76
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state is self._EXPIRING:
            self._state = self._EXPIRED
            # 3.11 counts every cancellation still pending, those left by others too.
            if self._task.uncancel() == 0 and exc_type is CancelledError:
                raise TimeoutError  # CPython: asyncio/timeouts.py:98
        elif self._state is self._ENTERED:
            self._state = self._EXITED
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = self._EXPIRING
        self._timeout_handler = None


def timeout(delay):
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


class TaskGroup:
    """Structured concurrency, as CPython 3.11's asyncio.taskgroups: leaving the block
    waits for every task; the first failure cancels the rest and the block raises the
    failures together."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = set()
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = ['']
        if self._tasks:
            info.append(f'tasks={len(self._tasks)}')
        if self._errors:
            info.append(f'errors={len(self._errors)}')
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        return f'<TaskGroup{" ".join(info)}>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has been already entered")
        self._entered = True
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        propagate_cancellation_error = exc if et is CancelledError else None
        # As in 3.11, only a cancellation requested before the block ended is undone.
        if self._parent_cancel_requested:
            if self._parent_task.uncancel() == 0:
                propagate_cancellation_error = None
        if et is not None:
            if not self._aborting:
                self._abort()
        # The future may be cancelled again and again if the parent task is.
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error  # CPython: asyncio/taskgroups.py:117
        # Other errors take priority over the cancellation.
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error  # CPython: asyncio/taskgroups.py:122
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            try:
                me = BaseExceptionGroup('unhandled errors in a TaskGroup', self._errors)
                raise me from None  # CPython: asyncio/taskgroups.py:133
            finally:
                self._errors = None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")  # CPython: asyncio/taskgroups.py:139
        if self._exiting and not self._tasks:
            raise RuntimeError(f"TaskGroup {self!r} is finished")  # CPython: asyncio/taskgroups.py:141
        if self._aborting:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")  # CPython: asyncio/taskgroups.py:143
        # Named after creation, as CPython does, so a name still uses up a Task-N.
        task = self._loop.create_task(coro, context=context)
        if name is not None:
            task.set_name(name)
        task.add_done_callback(self._on_task_done)
        self._tasks.add(task)
        return task

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            return
        if not self._aborting and not self._parent_cancel_requested:
            # Cancel whatever the parent awaits inside the block; __aexit__ undoes
            # that cancellation of the parent.
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


# ---- running -------------------------------------------------------------

def _cancel_all_tasks(loop):
    to_cancel = [t for t in _all_tasks if t._loop is loop and not t.done()]
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


class Runner:
    """Runs coroutines on one event loop, made on first use and closed by `close()`
    or on leaving a `with` block."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = 'CREATED'
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()  # CPython: asyncio/runners.py:59
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state != 'INITIALIZED':
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = 'CLOSED'

    def get_loop(self):
        self._lazy_init()  # CPython: asyncio/runners.py:83
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))  # CPython: asyncio/runners.py:89
        if _get_running_loop() is not None:
            raise RuntimeError(  # CPython: asyncio/runners.py:93
                "Runner.run() cannot be called from a running event loop")
        self._lazy_init()  # CPython: asyncio/runners.py:96
        if context is None:
            context = self._context
        task = self._loop.create_task(coro, context=context)
        return self._loop.run_until_complete(task)  # CPython: asyncio/runners.py:118

    def _lazy_init(self):
        if self._state == 'CLOSED':
            raise RuntimeError("Runner is closed")  # CPython: asyncio/runners.py:133
        if self._state == 'INITIALIZED':
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            set_event_loop(self._loop)
            self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        # Every run() of this runner starts from this context unless given another.
        self._context = _contextvars.copy_context()
        self._state = 'INITIALIZED'


def run(main, *, debug=None):
    if _get_running_loop() is not None:
        raise RuntimeError(  # CPython: asyncio/runners.py:186
            "asyncio.run() cannot be called from a running event loop")
    with Runner(debug=debug) as runner:
        return runner.run(main)  # CPython: asyncio/runners.py:190


def wrap_future(future, *, loop=None):
    """An asyncio future that follows a concurrent.futures one."""
    if isfuture(future):
        return future
    if loop is None:
        loop = get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future


def _copy_outcome(source, dest):
    """Ends the asyncio future `dest` as `source` ended."""
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
    elif source.exception() is not None:
        dest.set_exception(source.exception())
    else:
        dest.set_result(source.result())


def _copy_outcome_concurrent(source, dest):
    """Ends the concurrent.futures future `dest` as `source` ended; callable from any
    thread."""
    if source.cancelled():
        dest.cancel()
    if not dest.set_running_or_notify_cancel():
        return
    if source.exception() is not None:
        dest.set_exception(source.exception())
    else:
        dest.set_result(source.result())


def _chain_future(source, destination):
    """Makes `destination` end as `source` does, each a future of asyncio or of
    concurrent.futures; cancelling `destination` cancels `source`. A side on a loop is
    only touched from its loop's thread."""
    source_loop = source.get_loop() if isfuture(source) else None
    dest_loop = destination.get_loop() if isfuture(destination) else None

    def call_on(loop, fn, *args):
        if loop is None or loop is _get_running_loop():
            fn(*args)
        else:
            loop.call_soon_threadsafe(fn, *args)

    def on_destination_done(dest):
        if dest.cancelled():
            call_on(source_loop, source.cancel)

    def on_source_done(src):
        if dest_loop is None:
            _copy_outcome_concurrent(src, destination)
        elif not dest_loop.is_closed():
            call_on(dest_loop, _copy_outcome, src, destination)

    destination.add_done_callback(on_destination_done)
    source.add_done_callback(on_source_done)


def run_coroutine_threadsafe(coro, loop):
    """Runs `coro` on `loop` from another thread: the returned concurrent.futures
    Future gives its outcome."""
    if not iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    import concurrent.futures
    future = concurrent.futures.Future()

    def callback():
        try:
            _chain_future(ensure_future(coro, loop=loop), future)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(callback)
    return future


# ---- synchronization -----------------------------------------------------

def _lock_repr(obj, extra):
    """CPython's repr of its asyncio.locks objects: the state, then any waiters."""
    if obj._waiters:
        extra = f'{extra}, waiters:{len(obj._waiters)}'
    return f'<asyncio.locks.{type(obj).__name__} object at {id(obj):#x} [{extra}]>'


class _ContextManagerMixin:
    def __repr__(self):
        return _lock_repr(self, 'locked' if self.locked() else 'unlocked')

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin):
    def __init__(self):
        self._waiters = None
        self._locked = False

    def locked(self):
        return self._locked

    async def acquire(self):
        if (not self._locked and (self._waiters is None or
                                  all(w.cancelled() for w in self._waiters))):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = _deque()
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')  # CPython: asyncio/locks.py:140

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Event:
    def __init__(self):
        self._waiters = _deque()
        self._value = False

    def __repr__(self):
        return _lock_repr(self, 'set' if self._value else 'unset')

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin):
    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = _deque()

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')  # CPython: asyncio/locks.py:260
        self.release()
        try:
            fut = get_running_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')  # CPython: asyncio/locks.py:311
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin):
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")  # CPython: asyncio/locks.py:348
        self._waiters = None
        self._value = value

    def __repr__(self):
        if self.locked():
            return _lock_repr(self, 'locked')
        return _lock_repr(self, f'unlocked, value:{self._value}')

    def locked(self):
        return self._value == 0 or (
            any(not w.cancelled() for w in (self._waiters or ())))

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = _deque()
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')  # CPython: asyncio/locks.py:434
        super().release()


class BrokenBarrierError(RuntimeError):
    __module__ = 'asyncio.exceptions'


exceptions.BrokenBarrierError = BrokenBarrierError


_FILLING = 'filling'
_DRAINING = 'draining'
_RESETTING = 'resetting'
_BROKEN = 'broken'


class Barrier:
    """Blocks `parties` tasks until all of them wait, as CPython 3.11's asyncio.Barrier."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')  # CPython: asyncio/locks.py:458
        self._cond = Condition()
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        extra = self._state
        if not self.broken:
            extra += f', waiters:{self.n_waiting}/{self.parties}'
        return f'<asyncio.locks.Barrier object at {id(self):#x} [{extra}]>'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        async with self._cond:
            await self._block()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    self._state = _DRAINING
                    self._cond.notify_all()
                else:
                    await self._wait()
                return index
            finally:
                self._count -= 1
                self._exit()

    async def _block(self):
        await self._cond.wait_for(lambda: self._state not in (_DRAINING, _RESETTING))
        if self._state == _BROKEN:
            raise BrokenBarrierError("Barrier aborted")

    async def _wait(self):
        await self._cond.wait_for(lambda: self._state != _FILLING)
        if self._state in (_BROKEN, _RESETTING):
            raise BrokenBarrierError("Abort or reset of barrier")

    def _exit(self):
        if self._count == 0:
            if self._state in (_RESETTING, _DRAINING):
                self._state = _FILLING
            self._cond.notify_all()

    async def reset(self):
        async with self._cond:
            if self._count > 0:
                self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._state = _BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == _BROKEN


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = _deque()
        self._putters = _deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = _deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = get_running_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except BaseException:
                putter.cancel()
                if putter in self._putters:
                    self._putters.remove(putter)
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull  # CPython: asyncio/queues.py:143
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = get_running_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except BaseException:
                getter.cancel()
                if getter in self._getters:
                    self._getters.remove(getter)
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty  # CPython: asyncio/queues.py:181
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')  # CPython: asyncio/queues.py:201
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def _format(self):
        result = f'maxsize={self._maxsize!r}'
        if getattr(self, '_queue', None):
            result += f' _queue={list(self._queue)!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        return result


class PriorityQueue(Queue):
    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        _heapq.heappush(self._queue, item)

    def _get(self):
        return _heapq.heappop(self._queue)


class LifoQueue(Queue):
    def _init(self, maxsize):
        self._queue = []

    def _get(self):
        return self._queue.pop()


from asyncio.streams import (  # noqa: E402
    StreamReader, StreamWriter, StreamReaderProtocol, open_connection,
    start_server, open_unix_connection, start_unix_server)
from asyncio.subprocess import (  # noqa: E402
    create_subprocess_exec, create_subprocess_shell)
