"""Lesson 2: threads that wait (sleep, I/O) do overlap: waiting releases the GIL.

Run: gilpy scripts/gil_sleep_threads.py   (or python3.11)"""

import sys
import time

from gillib import in_threads, interpreter, print_figures, scaled, timed, title

THREADS = 5
PAUSE = scaled(200) / 1000


def wait():
    time.sleep(PAUSE)


def measure():
    sequential = timed(lambda: [wait() for _ in range(THREADS)])
    threaded = in_threads(wait, [() for _ in range(THREADS)])
    return {'sequential': sequential, 'threaded': threaded,
            'speedup': sequential / threaded}


def main():
    if '--figures' in sys.argv:
        print_figures(measure())
        return
    title('Lesson 2: sleeping and I/O-bound threads')
    print(f"""{THREADS} jobs that each wait {PAUSE * 1000:.0f} ms, as a program waits for a disk, a
network or another process. A thread that sleeps or blocks in I/O releases the GIL
first, so the others run meanwhile: in threads the waits overlap.
""")
    f = measure()
    print(f"Measured here ({interpreter()}):")
    print(f"  one after the other  {f['sequential']:6.3f} s")
    print(f"  {THREADS} threads            {f['threaded']:6.3f} s")
    print(f"  speedup              {f['speedup']:6.2f}x")
    print("""
For waiting, threads work with or without a GIL: the GIL only serialises running
bytecode. (gilpy --gil-stats shows such threads as 'blocked', not 'waiting'.)""")


if __name__ == '__main__':
    main()
