# A child that fails: its traceback arrives on stderr, its exit status is 1.
import subprocess, sys
code = 'def f():\n    return 1 / 0\nf()\n'
r = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True)
print(r.returncode)
print(r.stderr)
r = subprocess.run([sys.executable, '-c', 'import sys; sys.exit(3)'])
print(r.returncode)
r = subprocess.run([sys.executable, '-c', 'import sys; sys.exit("fatal: bad config")'], capture_output=True, text=True)
print(r.returncode, repr(r.stderr))
try:
    subprocess.run([sys.executable, '-c', 'raise SystemExit(4)'], check=True)
except subprocess.CalledProcessError as e:
    print('failed:', e.returncode, str(e).endswith('returned non-zero exit status 4.'))
