"""Lesson 5: the convoy effect: a thread that waits briefly and often is held up by a
CPU-bound thread, by about one switch interval each time it wakes.

Run: gilpy scripts/gil_convoy.py   (or python3.11)"""

import sys
import threading
import time

from gillib import interpreter, median, print_figures, scaled, title

SLEEPS = scaled(100)
PAUSE = 0.001
INTERVALS = [0.005, 0.001, 0.0002]


def lateness_ms():
    """How much later than asked each 1 ms sleep returns, in ms."""
    late = []
    for _ in range(SLEEPS):
        start = time.perf_counter()
        time.sleep(PAUSE)
        late.append((time.perf_counter() - start - PAUSE) * 1000)
    return late


def spin(stop):
    while not stop:
        pass


def measure_one(interval):
    """Lateness beside a spinning thread with this switch interval (None: alone)."""
    if interval is None:
        return lateness_ms()
    sys.setswitchinterval(interval)
    stop = []
    spinner = threading.Thread(target=spin, args=(stop,))
    spinner.start()
    try:
        return lateness_ms()
    finally:
        stop.append(True)
        spinner.join()
        sys.setswitchinterval(0.005)


def measure():
    figures = {}
    for interval in [None] + INTERVALS:
        late = measure_one(interval)
        key = 'alone' if interval is None else f'{interval * 1000:g}ms'
        figures[key + '_median'] = median(late)
        figures[key + '_worst'] = max(late)
    return figures


def main():
    if '--figures' in sys.argv:
        print_figures(measure())
        return
    title('Lesson 5: the convoy effect')
    print(f"""An I/O-bound thread sleeps 1 ms, {SLEEPS} times, and we measure how late each
sleep returns. Alone, it is late by the OS's timer slack. Beside a thread that spins
in pure bytecode, the sleeper wakes up without the GIL: it must wait for the spinner
to drop it, which the spinner does only when asked, after the waiter has waited one
switch interval (sys.setswitchinterval, 5 ms by default). So every wake-up costs about
one interval, and a shorter interval means more hand-overs for the spinner.
""")
    f = measure()
    print(f"Measured here ({interpreter()}):")
    print("  beside a spinner?   switch interval   lateness median    worst")
    rows = [('no', 'alone', '-')] + [('yes', f'{i * 1000:g}ms', f'{i * 1000:g} ms')
                                     for i in INTERVALS]
    for beside, key, interval in rows:
        print(f"  {beside:<19} {interval:<17} {f[key + '_median']:8.2f} ms"
              f" {f[key + '_worst']:8.2f} ms")
    print("""
The GIL serves throughput, not latency: a CPU-bound thread makes every I/O-bound
thread beside it wait about one switch interval per wake-up. With gilpy --no-gil the
sleeper never waits for the spinner.""")


if __name__ == '__main__':
    main()
