# Failing commands, signals, timeouts and refused arguments, with CPython's messages.
import subprocess
try:
    subprocess.run(['false'], check=True)
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e, e.returncode, e.cmd, e.output, e.stdout)
    print(repr(e), e.args)
try:
    subprocess.check_output(['sh', '-c', 'echo partial; exit 2'])
except subprocess.CalledProcessError as e:
    print(e, e.output)
try:
    subprocess.check_call(['sh', '-c', 'kill -9 $$'])
except subprocess.CalledProcessError as e:
    print(e, e.returncode)
try:
    subprocess.run(['sh', '-c', 'kill -s USR1 $$'], check=True)
except subprocess.CalledProcessError as e:
    print(e)
r = subprocess.run(['sh', '-c', 'kill -s TERM $$'])
print(r.returncode)
try:
    subprocess.run(['sleep', '5'], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd, e.output, e.stderr)
try:
    subprocess.run(['/nonexistent/program'])
except FileNotFoundError as e:
    print(type(e).__name__, e, e.errno, e.filename)
try:
    subprocess.run(['echo', 1])
except TypeError as e:
    print(e)
try:
    subprocess.run(['echo'], capture_output=True, stdout=subprocess.PIPE)
except ValueError as e:
    print(e)
try:
    subprocess.run(['cat'], input='x', stdin=subprocess.PIPE)
except ValueError as e:
    print(e)
try:
    subprocess.check_output(['echo'], stdout=None)
except ValueError as e:
    print(e)
try:
    subprocess.check_output(['echo'], check=False)
except ValueError as e:
    print(e)
try:
    subprocess.run([])
except IndexError as e:
    print(type(e).__name__, e)
try:
    subprocess.run(['sh', '-c', 'exit 1'], capture_output=True, text=True).check_returncode()
except subprocess.CalledProcessError as e:
    print(e, repr(e.stdout), repr(e.stderr))
