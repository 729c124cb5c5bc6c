# Hung children: timeouts, kill, and the output gathered before the timeout.
import subprocess, sys, time
start = time.monotonic()
try:
    subprocess.run(['sh', '-c', 'echo started; sleep 10'], capture_output=True, timeout=1.0)
except subprocess.TimeoutExpired as e:
    print('timeout', e.timeout, e.stdout, e.stderr)
print(time.monotonic() - start < 5)
p = subprocess.Popen(['sleep', '10'])
try:
    p.wait(timeout=0.2)
except subprocess.TimeoutExpired:
    p.kill()
print(p.wait())
p = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(10)'], stdout=subprocess.PIPE)
try:
    out, err = p.communicate(timeout=0.3)
except subprocess.TimeoutExpired:
    p.kill()
    out, err = p.communicate()
print(out, err, p.returncode)
