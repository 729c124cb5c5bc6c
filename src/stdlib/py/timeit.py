"""Timing small pieces of code: timeit, repeat, Timer and default_timer.

The statement and setup may be callables or source strings; strings need the
builtin exec()."""

import itertools
import time

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter


def _nothing():
    pass


def _callable_inner(stmt, setup):
    def inner(it, timer):
        setup()
        start = timer()
        for _ in it:
            stmt()
        return timer() - start
    return inner


def _indent(src, spaces):
    return src.replace('\n', '\n' + ' ' * spaces)


def _source_inner(stmt, setup, globals):
    # The statement runs inside a function, as in CPython, so its names are
    # fast locals and the loop is what gets timed.
    src = (f'def inner(_it, _timer):\n'
           f'    {_indent(setup, 4)}\n'
           f'    _t0 = _timer()\n'
           f'    for _i in _it:\n'
           f'        {_indent(stmt, 8)}\n'
           f'    _t1 = _timer()\n'
           f'    return _t1 - _t0\n')
    namespace = {}
    exec(src, {} if globals is None else globals, namespace)
    return namespace['inner']


class Timer:
    """Times `number` executions of stmt after one run of setup."""

    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        for what, value in (('stmt', stmt), ('setup', setup)):
            if not isinstance(value, str) and not callable(value):
                raise ValueError(f'{what} is neither a string nor callable')
        # 'pass' needs no compiling, so callables alone need no exec().
        stmt = _nothing if stmt == 'pass' else stmt
        setup = _nothing if setup == 'pass' else setup
        if isinstance(stmt, str) or isinstance(setup, str):
            if callable(stmt):
                stmt_src = '_stmt()'
                globals = dict(globals or {}, _stmt=stmt)
            else:
                stmt_src = stmt
            if callable(setup):
                setup_src = '_setup()'
                globals = dict(globals or {}, _setup=setup)
            else:
                setup_src = setup
            self.inner = _source_inner(stmt_src, setup_src, globals)
        else:
            self.inner = _callable_inner(stmt, setup)

    def timeit(self, number=default_number):
        """Seconds taken by `number` runs of the statement."""
        return self.inner(itertools.repeat(None, number), self.timer)

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` timeit(number) results."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """(number, seconds) for the first number in 1, 2, 5, 10, 20, 50...
        whose run takes at least 0.2 seconds."""
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number, globals=None):
    """Seconds taken by `number` runs of stmt."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """A list of `repeat` timings of `number` runs of stmt."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
