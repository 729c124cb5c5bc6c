# The classic watchdog: a threading.Timer kills a child that runs too long.
import subprocess, sys, threading, time
p = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(10)'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
timer = threading.Timer(0.5, p.kill)
start = time.monotonic()
timer.start()
try:
    out, err = p.communicate()
finally:
    timer.cancel()
print(p.returncode, out, err, time.monotonic() - start < 4)
p = subprocess.Popen(['sh', '-c', 'sleep 0.2; exit 3'])
polls = 0
while p.poll() is None:
    polls += 1
    time.sleep(0.05)
print(p.returncode, polls > 0)
