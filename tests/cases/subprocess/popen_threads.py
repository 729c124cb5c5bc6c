# Several children at once, waited on from threads: the waits release the GIL, so a
# counting thread keeps going and the total time is that of the slowest child.
import subprocess
import sys
import threading
import time

results = {}

def worker(n):
    code = 'import time; time.sleep(%s); print(%d * %d)' % (0.3, n, n)
    p = subprocess.Popen([sys.executable, '-c', code], stdout=subprocess.PIPE, text=True)
    out, _ = p.communicate()
    results[n] = (out.strip(), p.returncode)

ticks = 0
stop = threading.Event()

def counter():
    global ticks
    while not stop.is_set():
        ticks += 1
        time.sleep(0.01)

c = threading.Thread(target=counter)
c.start()
start = time.monotonic()
threads = [threading.Thread(target=worker, args=(n,)) for n in range(1, 6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.monotonic() - start
stop.set()
c.join()
print(sorted(results.items()))
print('in parallel:', elapsed < 1.4)
print('counter ran meanwhile:', ticks > 5)

# Parallel children started together, then waited for in order.
procs = [subprocess.Popen(['sh', '-c', 'sleep 0.2; exit %d' % i]) for i in range(4)]
start = time.monotonic()
print([p.wait() for p in procs], time.monotonic() - start < 0.7)

# A thread blocked in wait() while another kills the child.
p = subprocess.Popen(['sleep', '10'])
waiter = threading.Thread(target=lambda: results.setdefault('killed', p.wait()))
waiter.start()
time.sleep(0.1)
p.kill()
waiter.join()
print(results['killed'], p.returncode)
