"""What the GIL does, measured on this machine, in one table.

    cargo run --release -- scripts/gil_demo.py     (also: python3.11 scripts/gil_demo.py)

It runs the key comparisons of the lessons next to this file (gil_cpu_threads.py,
gil_sleep_threads.py, gil_lock.py, gil_on_off.py, gil_convoy.py), starting this same
interpreter again with the GIL on and off where that matters. Each lesson explains
itself when run on its own."""

import os

import gil_convoy
import gil_lock
import gil_sleep_threads
from gillib import IS_GILPY, gil_enabled, interpreter, run_lesson

GIL_FLAGS = {'on': ['-X', 'gil=1'], 'off': ['-X', 'gil=0']}


def speedup_row(label, f):
    print(f"  {label:<40} {f['sequential']:7.2f} s {f['threaded']:10.2f} s"
          f" {f['speedup']:8.2f}x")


def main():
    name = interpreter().split(',')[0]
    print(f"The GIL, measured on this machine ({name}, {os.cpu_count()} CPUs)")
    print()
    print(f"  {'':<40} {'in turn':>9} {'in threads':>12} {'speedup':>9}")
    jobs = gil_sleep_threads.THREADS
    for mode in ['on', 'off']:
        label = f"2 CPU-bound threads, GIL {mode}"
        if IS_GILPY:
            speedup_row(label, run_lesson('gil_cpu_threads.py', GIL_FLAGS[mode]))
        elif mode == 'on':
            speedup_row(label, run_lesson('gil_cpu_threads.py'))
        else:
            print(f"  {label:<40} (CPython 3.11 cannot turn its GIL off)")
    pause_ms = gil_sleep_threads.PAUSE * 1000
    speedup_row(f"{jobs} threads sleeping {pause_ms:.0f} ms each", gil_sleep_threads.measure())
    print()
    # Each thread's share must outlast a few switch intervals on a fast interpreter, or
    # the first thread finishes before the second ever runs and nothing is lost.
    n = 3 * gil_lock.N
    counts = gil_lock.measure(['split', 'locked'], n)
    print(f"  Shared counter, 2 threads x {n:,} increments {'final count':>14} {'lost':>9}")
    for label, key in [('read, call, write, no lock', 'split'), ('the same with a Lock', 'locked')]:
        print(f"  {label:<44} {counts[key]:>14,.0f} {2 * n - counts[key]:>9,.0f}")
    print()
    print(f"  A 1 ms sleep beside a CPU-bound thread       {'late by (median)':>24}")
    convoy = [('alone, no CPU-bound thread', None), ('switch interval 5 ms', 0.005),
              ('switch interval 0.2 ms', 0.0002)]
    for label, interval in convoy:
        late = gil_convoy.median(gil_convoy.measure_one(interval))
        print(f"  {label:<44} {late:>21.2f} ms")
    print(f"""
What it means:
  - CPU-bound threads take turns holding the GIL: two are no faster than one after
    the other (speedup near 1x). {'With the GIL off (gilpy --no-gil) they run at once.' if IS_GILPY else 'gilpy --no-gil runs them at once.'}
  - Sleeping and I/O release the GIL: waiting threads overlap (speedup near {jobs}x).
  - The GIL does not protect your data: updates are lost when a thread is switched
    out between a read and a write. A Lock makes the total exact.
  - A CPU-bound thread delays every wake-up of an I/O-bound one by about one switch
    interval (the convoy effect); sys.setswitchinterval trades that for more switches.
Each lesson explains more: scripts/gil_cpu_threads.py, gil_sleep_threads.py, gil_lock.py,
gil_on_off.py, gil_convoy.py. gilpy --gil-stats / --gil-timeline show who held the GIL.""")
    if not gil_enabled():
        print("\n(This run itself had the GIL off: the sleeping, counter and convoy rows too.)")


if __name__ == '__main__':
    main()
