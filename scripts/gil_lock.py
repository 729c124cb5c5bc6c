"""Lesson 3: the GIL does not make your code thread-safe; a lock does.

Run: gilpy scripts/gil_lock.py   (or python3.11)"""

import sys
import threading

from gillib import IS_GILPY, in_threads, interpreter, print_figures, run_lesson, scaled, title

N = scaled(100_000)
counter = 0
lock = threading.Lock()


def bump_plain(n):
    global counter
    for _ in range(n):
        counter += 1


def audit(value):
    """Any Python function: a call is a point where the GIL may change hands."""
    return value >= 0


def bump_split(n):
    """Read, call something, write: a switch during the call loses the other's updates."""
    global counter
    for _ in range(n):
        value = counter
        audit(value)
        counter = value + 1


def bump_locked(n):
    global counter
    for _ in range(n):
        with lock:
            value = counter
            audit(value)
            counter = value + 1


def final_count(work, n):
    global counter
    counter = 0
    in_threads(work, [(n,), (n,)])
    return counter


WORK = {'plain': bump_plain, 'split': bump_split, 'locked': bump_locked}


def measure(kinds=tuple(WORK), n=N):
    return {kind: final_count(WORK[kind], n) for kind in kinds}


def row(label, count):
    print(f"  {label:<38} {count:>9,.0f}  (lost {2 * N - count:,.0f})")


def main():
    if '--figures' in sys.argv:
        # The kinds to measure may follow, for callers that need only some.
        print_figures(measure(sys.argv[sys.argv.index('--figures') + 1:] or tuple(WORK)))
        return
    title('Lesson 3: a shared counter, without and with a lock')
    print(f"""Two threads each add 1 to a shared counter {N:,} times: the right total is
{2 * N:,}. `counter += 1` is several bytecode instructions (load, add, store; see
`gilpy --dis` or `dis.dis`). The GIL changes hands only between instructions, at a
call or a backward jump, so whether a switch can fall between the load and the store
depends on where those are: it can when the read and the write are apart.
""")
    f = measure()
    print(f"Measured here ({interpreter()}):")
    row('counter += 1, no lock', f['plain'])
    row('read, call, write, no lock', f['split'])
    row('read, call, write, with a Lock', f['locked'])
    if IS_GILPY:
        print("""
gilpy -X switch-every=100 hands the GIL over every 100 instructions, wherever they
fall, so the race of the plain `counter += 1` shows, and the same way on every run:""")
        for run in (1, 2):
            f = run_lesson('gil_lock.py', ['-X', 'switch-every=100'], ['plain', 'locked'])
            row(f'run {run}: counter += 1, no lock', f['plain'])
        row('read, call, write, with a Lock', f['locked'])
    print("""
Updates are lost whenever a thread is switched out between reading the counter and
writing it back. The GIL keeps the interpreter's own data safe, not your invariants:
guard shared state with a threading.Lock.""")


if __name__ == '__main__':
    main()
