# Feeding a Python child through its stdin.
import subprocess, sys
child = 'import sys\nfor line in sys.stdin:\n    print(line.strip().upper())\n'
r = subprocess.run([sys.executable, '-c', child], input='alpha\nbeta\ngamma\n', capture_output=True, text=True)
print(r.stdout, end='')
child2 = 'import sys\ndata = sys.stdin.read()\nprint(len(data), data.count("x"))'
print(subprocess.check_output([sys.executable, '-c', child2], input=b'x' * 100000 + b'y'))
p = subprocess.Popen([sys.executable, '-c', 'print(input("name? "))'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
out, _ = p.communicate('Ada\n')
print(repr(out))
