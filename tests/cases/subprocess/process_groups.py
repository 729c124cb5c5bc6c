# Sessions and process groups: start_new_session, getsid/getpgid, and killing a
# shell's whole process group with killpg, as the tutorials for shell=True do.
import os
import signal
import subprocess
import sys
import time

p = subprocess.Popen([sys.executable, '-c', 'import os; print(os.getsid(0) == os.getpid(), os.getpgid(0) == os.getpid())'],
                     start_new_session=True, stdout=subprocess.PIPE, text=True)
print(p.communicate()[0].strip())
print(os.getpgid(0) == os.getpgrp(), os.getsid(0) == os.getsid(os.getpid()))

p = subprocess.Popen('sleep 10 & sleep 10; wait', shell=True, start_new_session=True)
time.sleep(0.2)
group = os.getpgid(p.pid)
print(group == p.pid)
os.killpg(group, signal.SIGTERM)
print(p.wait())

for f, args in [(os.getpgid, (999999,)), (os.getsid, (999999,)), (os.getpgid, ()),
                (os.getpgid, ('x',)), (os.killpg, (999999, 0))]:
    try:
        f(*args)
    except (OSError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
