"""Time scripts/bench/*.py under gilpy and CPython and print a comparison table.

Usage: bench.py GILPY PYTHON [name ...]   (ROUNDS=N rounds, default 5)
"""

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent / "bench"


def run(interpreter, script):
    start = time.perf_counter()
    proc = subprocess.run(
        [interpreter, script.name],
        cwd=BENCH_DIR,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    elapsed = time.perf_counter() - start
    return elapsed, proc.returncode, proc.stdout


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    gilpy, python = sys.argv[1], sys.argv[2]
    names = [n.removesuffix(".py") for n in sys.argv[3:]]
    rounds = int(os.environ.get("ROUNDS", "5"))
    scripts = sorted(BENCH_DIR.glob("*.py"))
    if names:
        unknown = set(names) - {s.stem for s in scripts}
        if unknown:
            sys.exit(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
        scripts = [s for s in scripts if s.stem in names]

    print(f"{rounds} rounds, median wall time; ratio < 1.0 means gilpy is faster")
    print(f"{'program':<16} {'gilpy':>9} {'CPython':>9} {'ratio':>7}  check")
    problems = 0
    for script in scripts:
        times = {gilpy: [], python: []}
        outputs = {gilpy: set(), python: set()}
        failed = False
        # Alternating the interpreters spreads machine noise evenly over both.
        for _ in range(rounds):
            for interpreter in (gilpy, python):
                elapsed, code, stdout = run(interpreter, script)
                times[interpreter].append(elapsed)
                outputs[interpreter].add(stdout)
                failed |= code != 0
        g = statistics.median(times[gilpy])
        c = statistics.median(times[python])
        if failed:
            check = "!!! FAILED (non-zero exit)"
        elif len(outputs[gilpy]) == 1 and outputs[gilpy] == outputs[python]:
            check = "ok"
        else:
            check = "!!! OUTPUT MISMATCH"
        problems += check != "ok"
        print(f"{script.stem:<16} {g:>8.3f}s {c:>8.3f}s {g / c:>7.2f}  {check}")
    if problems:
        print(f"\n!!! {problems} benchmark(s) did not match CPython's output")
        sys.exit(1)


if __name__ == "__main__":
    main()
