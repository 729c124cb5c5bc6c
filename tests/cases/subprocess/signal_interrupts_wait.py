# A signal handler that raises interrupts a wait for a child, as in CPython; run() then
# kills the child.
import signal, subprocess, time
class Alarm(Exception):
    pass
def handler(signum, frame):
    raise Alarm('took too long')
signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.3) if hasattr(signal, 'setitimer') else signal.alarm(1)
start = time.monotonic()
try:
    subprocess.run(['sleep', '3'])
except Alarm as e:
    print('interrupted:', e, time.monotonic() - start < 2)
p = subprocess.Popen(['sleep', '3'])
signal.alarm(1)
try:
    p.wait()
except Alarm as e:
    print('wait interrupted:', e, p.returncode)
p.kill(); print(p.wait())
