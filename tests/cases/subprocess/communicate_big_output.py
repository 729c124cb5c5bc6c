# communicate() drains both pipes at once, so a child writing a lot to both never blocks.
import subprocess, sys
code = 'import sys\nfor i in range(20000):\n    print("out", i)\n    print("err", i, file=sys.stderr)\n'
p = subprocess.Popen([sys.executable, '-c', code], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate()
print(len(out), len(err), out.count(b'\n'), err.splitlines()[-1], p.returncode)
