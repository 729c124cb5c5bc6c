"""Lesson 1: CPU-bound threads are no faster than doing the same work in turn.

Run: gilpy scripts/gil_cpu_threads.py   (or python3.11, or gilpy --no-gil)"""

import sys

from gillib import count, in_threads, interpreter, print_figures, scaled, timed, title

N = scaled(10_000_000)


def measure():
    sequential = timed(lambda: [count(N) for _ in range(2)])
    threaded = in_threads(count, [(N,), (N,)])
    return {'sequential': sequential, 'threaded': threaded,
            'speedup': sequential / threaded}


def main():
    if '--figures' in sys.argv:
        print_figures(measure())
        return
    title('Lesson 1: CPU-bound threads')
    print(f"""Two jobs, each a loop of {N:,} additions: pure bytecode, no waiting.
Run one after the other, then in two threads at once. With the GIL only one thread
runs bytecode at any moment, so the threads take turns and finish no sooner than the
sequential run; a machine with more cores does not change that.
""")
    f = measure()
    print(f"Measured here ({interpreter()}):")
    print(f"  one after the other  {f['sequential']:6.3f} s")
    print(f"  two threads          {f['threaded']:6.3f} s")
    print(f"  speedup              {f['speedup']:6.2f}x")
    print("""
Threads do not make CPU-bound Python faster while the GIL is on. gilpy --no-gil runs
them in parallel (lesson 4); multiprocessing is the other way out.""")


if __name__ == '__main__':
    main()
