"""Helpers shared by the GIL lessons (scripts/gil_*.py): the work they time, the clock,
and what differs between gilpy and CPython. Not a lesson itself.

Every lesson runs unmodified under gilpy and CPython 3.11. GILPY_DEMO_SCALE (default 1)
multiplies the amount of work, so tests can run the lessons in a fraction of a second."""

import os
import subprocess
import sys
import threading
import time

SCALE = float(os.environ.get('GILPY_DEMO_SCALE', '1'))
IS_GILPY = 'gilpy' in sys.version


def scaled(n):
    return max(1, int(n * SCALE))


def gil_enabled():
    """CPython 3.11 has no sys._is_gil_enabled: its GIL is always on."""
    check = getattr(sys, '_is_gil_enabled', None)
    return check() if check is not None else True


def interpreter():
    name = 'gilpy' if IS_GILPY else 'CPython ' + sys.version.split()[0]
    return name + (', GIL on' if gil_enabled() else ', GIL off')


def count(n):
    """Pure bytecode work: a loop that never blocks, so it needs the GIL all along."""
    total = 0
    for i in range(n):
        total += i
    return total


def timed(f, *args):
    start = time.perf_counter()
    f(*args)
    return time.perf_counter() - start


def in_threads(target, arg_list):
    """Seconds to run target(*args) for each args in arg_list, one thread each."""
    threads = [threading.Thread(target=target, args=args) for args in arg_list]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start


def median(xs):
    xs = sorted(xs)
    mid = len(xs) // 2
    return xs[mid] if len(xs) % 2 else (xs[mid - 1] + xs[mid]) / 2


def title(text):
    print(text)
    print('=' * len(text))


def print_figures(figures):
    """The --figures output: one 'name value' line each, read back by read_figures."""
    for name, value in figures.items():
        print(name, value)


def run_lesson(script, flags=(), args=()):
    """Runs a lesson with `--figures` and `args` in a new interpreter (this one, with
    `flags`) and returns its figures as a dict of floats."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), script)
    out = subprocess.run([sys.executable] + list(flags) + [path, '--figures'] + list(args),
                         capture_output=True, text=True, check=True).stdout
    figures = {}
    for line in out.splitlines():
        name, value = line.split()
        figures[name] = float(value)
    return figures
