# Interrupting a Python child with SIGINT: it handles KeyboardInterrupt and exits cleanly.
import signal, subprocess, sys, time
code = '''
import time, sys
try:
    print("ready", flush=True)
    time.sleep(10)
except KeyboardInterrupt:
    print("child interrupted, cleaning up", flush=True)
    sys.exit(130)
'''
p = subprocess.Popen([sys.executable, '-c', code], stdout=subprocess.PIPE, text=True)
print(p.stdout.readline().strip())
p.send_signal(signal.SIGINT)
print(p.stdout.read().strip(), p.wait())
p = subprocess.Popen([sys.executable, '-c', 'import time; print("x", flush=True); time.sleep(10)'], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
p.stdout.readline()
p.send_signal(signal.SIGINT)
out, err = p.communicate()
print(p.returncode, err.strip().splitlines()[-1])
