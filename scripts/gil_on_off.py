"""Lesson 4: the same threads with the GIL on and off (gilpy --no-gil).

Run: gilpy scripts/gil_on_off.py   (under python3.11 only the GIL-on half runs)"""

from gillib import IS_GILPY, interpreter, run_lesson, title

GIL = {'on': ['-X', 'gil=1'], 'off': ['-X', 'gil=0']}


def main():
    title('Lesson 4: the GIL on and off')
    print("""Lesson 1's two CPU-bound jobs (in turn, then in two threads) and lesson 3's
unlocked `counter += 1`, each run in a fresh interpreter. With the GIL off, threads
run bytecode at the same time on different cores: CPU-bound work gets faster, and a
race that the GIL's switching points happened to hide becomes real.
""")
    modes = ['on', 'off'] if IS_GILPY else ['on']
    print(f"Measured here ({interpreter().split(',')[0]}; 2 threads):")
    print("  GIL   in turn   2 threads   speedup   counter += 1, no lock")
    for mode in modes:
        flags = GIL[mode] if IS_GILPY else []
        cpu = run_lesson('gil_cpu_threads.py', flags)
        lock = run_lesson('gil_lock.py', flags, ['plain'])
        print(f"  {mode:<4} {cpu['sequential']:7.3f} s {cpu['threaded']:9.3f} s"
              f" {cpu['speedup']:8.2f}x   {lock['plain']:,.0f}")
    if not IS_GILPY:
        print("\n  (CPython 3.11 cannot turn its GIL off; run this under gilpy for the second row.)")
    print("""
With the GIL off, gilpy keeps its own objects consistent with a lock inside each
list, dict and object, but `counter += 1` is still a read and a write: only a
threading.Lock makes it one step. The speedup needs free cores: on a busy machine
the threads wait for the CPU instead of the GIL.""")


if __name__ == '__main__':
    main()
