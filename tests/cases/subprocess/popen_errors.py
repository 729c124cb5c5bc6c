# Popen's refusals and failures, with CPython's messages.
import subprocess
from subprocess import PIPE, Popen

def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('int', Popen, 123)
attempt('empty', Popen, [])
attempt('bad arg', Popen, ['echo', 3.5])
attempt('missing', Popen, ['no-such-program-here'])
attempt('bad cwd', Popen, ['ls'], cwd='/no/such/dir')
attempt('bufsize', Popen, ['true'], bufsize='big')
attempt('text vs universal', Popen, ['true'], text=True, universal_newlines=False)
attempt('env name', Popen, ['true'], env={'A=B': '1'})
attempt('env value', Popen, ['true'], env={'A': 1})
try:
    Popen(['/no/such/dir/prog'])
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename)
import os
plain = '/tmp/gilpy_not_executable_%d' % os.getpid()
with open(plain, 'w') as f:
    f.write('echo never\n')
os.chmod(plain, 0o644)
try:
    Popen([plain])
except PermissionError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == plain)
os.remove(plain)

p = Popen(['sleep', '5'])
try:
    p.wait(timeout=0.05)
except subprocess.TimeoutExpired as e:
    print(e)
    print(repr(e), e.args, e.timeout, e.output, e.stdout)
p.kill()
print(p.wait())

p = Popen(['cat'], stdin=PIPE, stdout=PIPE)
print(p.communicate(b'data'))
attempt('second input', p.communicate, b'more')
print(p.communicate())
attempt('read closed', p.stdout.read)

# A timeout in communicate() keeps the child; a second call finishes the job.
p = Popen(['sh', '-c', 'echo first; sleep 0.6; echo second'], stdout=PIPE)
try:
    p.communicate(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('timed out with', e.output, e.timeout)
print(p.communicate())

for code in (-9, -15, -2, -99, 1, 2):
    print(subprocess.CalledProcessError(code, ['prog', 'arg']))
e = subprocess.CalledProcessError(1, 'cmd', output=b'o', stderr=b'e')
print(repr(e), e.stdout, e.stderr)
e.stdout = b'changed'
print(e.output)
print(subprocess.TimeoutExpired('cmd', 2.5, output='x'))
print(subprocess.CompletedProcess(['a'], 0, 'out', None))
print(subprocess.Popen[bytes], subprocess.CompletedProcess[str])
print(issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError),
      issubclass(subprocess.CalledProcessError, subprocess.SubprocessError))
attempt('check_call', subprocess.check_call, ['sh', '-c', 'exit 5'])
attempt('check_call kw', subprocess.check_call, args='exit 6', shell=True)
attempt('call timeout', subprocess.call, ['sleep', '3'], timeout=0.1)
attempt('check_output input None', subprocess.check_output, ['cat'], input=None)
attempt('check_output text input None', subprocess.check_output, ['cat'], input=None, text=True)
