# An exception inside `with Popen(...)` still closes the pipes and waits for the child.
import subprocess
try:
    with subprocess.Popen(['sh', '-c', 'sleep 0.2; echo bye'], stdout=subprocess.PIPE) as p:
        raise RuntimeError('boom')
except RuntimeError as e:
    print('caught', e, p.returncode, p.stdout.closed)
with subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE) as p:
    p.stdin.write(b'raw bytes\n')
    p.stdin.close()
    print(p.stdout.read())
print(p.returncode)
r = subprocess.run(['sh', '-c', 'cat; echo problem >&2; exit 9'], input=b'in', capture_output=True)
print(r)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(e.returncode, e.output, e.stderr, e.cmd)
