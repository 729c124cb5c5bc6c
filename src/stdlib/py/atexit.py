"""Functions to run when the interpreter exits: register and unregister.

They run in the reverse order of registration, after non-daemon threads have
finished, also when the program ends with an uncaught exception or
sys.exit(). An exception in one (SystemExit included) is reported and the
others still run."""

import sys

_handlers = []


def register(func, *args, **kwargs):
    """Calls func(*args, **kwargs) at exit; returns func, to serve as a decorator."""
    _handlers.append((func, args, kwargs))
    return func


def unregister(func):
    """Forgets every registration of func."""
    _handlers[:] = [h for h in _handlers if h[0] != func]


def _clear():
    _handlers.clear()


def _ncallbacks():
    return len(_handlers)


def _run_exitfuncs():
    while _handlers:
        func, args, kwargs = _handlers.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            import traceback
            from _traceback import depth, restore
            # CPython calls the functions from C: the report shows no frame
            # of the loop here, the last one the traceback reached.
            restore(exc, depth(exc) - 1)
            print(f'Exception ignored in atexit callback: {func!r}', file=sys.stderr)
            traceback.print_exception(exc)
