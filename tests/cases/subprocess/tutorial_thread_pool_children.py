# Run several Python children in parallel from a thread pool and collect results.
import subprocess, sys
from concurrent.futures import ThreadPoolExecutor, as_completed

def square_in_child(n):
    r = subprocess.run([sys.executable, '-c', f'print({n} ** 2)'], capture_output=True, text=True, check=True)
    return n, int(r.stdout)

with ThreadPoolExecutor(max_workers=4) as ex:
    futures = [ex.submit(square_in_child, n) for n in range(8)]
    results = dict(f.result() for f in as_completed(futures))
print(sorted(results.items()))
with ThreadPoolExecutor(3) as ex:
    print(list(ex.map(square_in_child, [10, 11, 12])))
