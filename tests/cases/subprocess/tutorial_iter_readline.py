# Reading a child's output as it is produced, with iter(readline, b'').
import subprocess, sys
code = 'import sys\nfor w in ["one", "two", "three"]:\n    print(w)\n    sys.stdout.flush()\nprint("oops", file=sys.stderr)\nsys.exit(5)\n'
p = subprocess.Popen([sys.executable, '-c', code], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
for line in iter(p.stdout.readline, b''):
    print('>>', line.decode().rstrip())
print(p.stderr.read(), p.wait())
p.stdout.close(); p.stderr.close()
with subprocess.Popen(['seq', '3'], stdout=subprocess.PIPE, universal_newlines=True) as proc:
    print(proc.stdout.readlines())
print(proc.returncode)
