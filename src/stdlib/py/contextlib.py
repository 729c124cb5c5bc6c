"""Helpers for `with` statements: context managers made from generators, and small
ready-made ones (suppress, closing, nullcontext, redirected streams, ExitStack)."""

import sys
from _traceback import depth as _tb_depth, restore as _tb_restore
import functools

__all__ = [
    "contextmanager", "asynccontextmanager", "AbstractContextManager",
    "AbstractAsyncContextManager", "ContextDecorator", "closing", "aclosing",
    "nullcontext", "suppress", "redirect_stdout", "redirect_stderr", "ExitStack",
]

# The exception details an exit callback gets when there is no exception.
_NO_EXCEPTION = (None, None, None)


class AbstractContextManager:
    """A base whose `__enter__` returns the object itself and whose `__exit__` lets
    exceptions through."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class AbstractAsyncContextManager:
    """The `async with` counterpart of AbstractContextManager."""

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    """Mixin that lets a context manager decorate a function: every call of the
    function then runs inside the context."""

    def _recreate_cm(self):
        # Reusable managers serve every call; one-shot ones make a fresh copy.
        return self

    def __call__(self, func):
        @functools.wraps(func)
        def inner(*args, **kwargs):
            with self._recreate_cm():
                return func(*args, **kwargs)
        return inner


# ---- generator-based managers ------------------------------------------------------------

def _is_echo(sent, came_out):
    """Whether the exception that left a generator is the one thrown into it; a
    StopIteration thrown in comes back as the RuntimeError it caused."""
    if came_out is sent:
        return True
    return (isinstance(came_out, RuntimeError)
            and isinstance(sent, (StopIteration, StopAsyncIteration))
            and came_out.__cause__ is sent)


class _GeneratorContextManagerBase:
    """Holds the generator, and what is needed to make another for a new call."""

    def __init__(self, func, args, kwargs):
        self._recipe = (func, args, kwargs)
        self.gen = func(*args, **kwargs)
        self.__doc__ = getattr(func, "__doc__", None)

    def _recreate_cm(self):
        return type(self)(*self._recipe)

    def _forget_recipe(self):
        # Once entered, the manager no longer serves as a decorator.
        del self._recipe


class _GeneratorContextManager(_GeneratorContextManagerBase, ContextDecorator):
    """What calling a @contextmanager function returns."""

    def __enter__(self):
        self._forget_recipe()
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            for _ in self.gen:
                raise RuntimeError("generator didn't stop")
            return False
        if value is None:
            value = typ()
        # Thrown back through the generator, the exception collects its frame; if it
        # comes out again it is reported with the traceback it had here.
        depth = _tb_depth(value)
        try:
            self.gen.throw(value)
        except StopIteration as finished:
            # The generator handled the exception and returned: suppressed (unless the
            # StopIteration is the very exception thrown in).
            return finished is not value
        except BaseException as came_out:
            if not _is_echo(value, came_out):
                raise
            _tb_restore(value, depth)
            return False
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase):
    """What calling an @asynccontextmanager function returns."""

    async def __aenter__(self):
        self._forget_recipe()
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            async for _ in self.gen:
                raise RuntimeError("generator didn't stop")
            return False
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as finished:
            return finished is not value
        except BaseException as came_out:
            if not _is_echo(value, came_out):
                raise
            return False
        raise RuntimeError("generator didn't stop after athrow()")


def _manager_factory(manager_class, func):
    @functools.wraps(func)
    def helper(*args, **kwargs):
        return manager_class(func, args, kwargs)
    return helper


def contextmanager(func):
    """Turns a generator function into a context manager factory: the code before
    its single `yield` runs on entry, the yielded value is what `as` binds, and the
    code after runs on exit; an exception in the block is raised at the `yield`."""
    return _manager_factory(_GeneratorContextManager, func)


def asynccontextmanager(func):
    """contextmanager for async generator functions, used with `async with`."""
    return _manager_factory(_AsyncGeneratorContextManager, func)


# ---- small ready-made managers --------------------------------------------------------

class closing(AbstractContextManager):
    """Binds `thing` and calls its close() on the way out."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Binds `thing` and awaits its aclose() on the way out."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Does nothing, for code that takes an optional context manager; `as` binds
    `enter_result`. Works with both `with` and `async with`."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        return None

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        return None


class suppress(AbstractContextManager):
    """Swallows exceptions of the given types raised in the block."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        return None

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        return issubclass(exctype, self._exceptions)


class _RedirectStream(AbstractContextManager):
    """Points one of sys's streams (named by `_stream`) at another file meanwhile."""

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # Saved streams, a stack so one instance may be entered again while active.
        self._old_targets = []

    def __enter__(self):
        name = self._stream
        self._old_targets.append(getattr(sys, name))
        setattr(sys, name, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        previous = self._old_targets.pop()
        setattr(sys, self._stream, previous)


class redirect_stdout(_RedirectStream):
    """Sends what is written to sys.stdout, print() included, to another file."""
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Sends what is written to sys.stderr to another file."""
    _stream = "stderr"


# ---- ExitStack ---------------------------------------------------------------------------

class ExitStack(AbstractContextManager):
    """A stack of exit callbacks, run newest first when the stack closes.

    Each callback gets the exception in flight, if any; one that returns true
    suppresses it, and one that raises replaces it for those that follow."""

    def __init__(self):
        self._callbacks = []

    def pop_all(self):
        """Hands every callback to a new stack, which is returned; this one is left
        empty, so closing it does nothing."""
        heir = type(self)()
        heir._callbacks, self._callbacks = self._callbacks, []
        return heir

    def push(self, exit):
        """Registers a callable with `__exit__`'s signature, or the `__exit__` of an
        object that has one; returns `exit`."""
        method = getattr(type(exit), "__exit__", None)
        self._callbacks.append(exit if method is None else _bound_to(method, exit))
        return exit

    def enter_context(self, cm):
        """Enters `cm` and pushes its `__exit__`; returns what `__enter__` returned."""
        kind = type(cm)
        enter = getattr(kind, "__enter__", None)
        leave = getattr(kind, "__exit__", None)
        if enter is None or leave is None:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                            f"not support the context manager protocol")
        entered = enter(cm)
        self._callbacks.append(_bound_to(leave, cm))
        return entered

    def callback(self, callback, /, *args, **kwds):
        """Registers `callback(*args, **kwds)`, which is not told of exceptions;
        returns `callback`."""
        def call_ignoring_exception(exc_type, exc, tb):
            callback(*args, **kwds)
        call_ignoring_exception.__wrapped__ = callback
        self._callbacks.append(call_ignoring_exception)
        return callback

    def close(self):
        """Runs and drops every callback now."""
        self.__exit__(*_NO_EXCEPTION)

    def __exit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        suppressed = False
        raised = None
        while self._callbacks:
            newest = self._callbacks.pop()
            try:
                if newest(*exc_details):
                    suppressed, raised = True, None
                    exc_details = _NO_EXCEPTION
            except BaseException as failure:
                raised = failure
                exc_details = (type(failure), failure, failure.__traceback__)
        if raised is not None:
            raise raised
        return had_exception and suppressed


def _bound_to(method, obj):
    """`method` (an `__exit__` found on a type) called on `obj`."""
    def bound(*exc_details):
        return method(obj, *exc_details)
    return bound
