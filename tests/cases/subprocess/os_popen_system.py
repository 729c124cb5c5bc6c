# os.system, os.popen and the wait-status helpers.
import os
status = os.system('exit 3')
print(status, os.WEXITSTATUS(status), os.WIFEXITED(status), os.waitstatus_to_exitcode(status))
print(os.system('kill -9 $$'), os.WIFSIGNALED(9), os.WTERMSIG(9), os.waitstatus_to_exitcode(9))
with os.popen('echo hello from popen') as f:
    print(f.read().strip())
f = os.popen('printf "a\\nb\\n"')
print(f.readlines(), f.close())
f = os.popen('exit 2')
print(repr(f.read()), f.close())
f = os.popen('cat', 'w')
f.write('written\n')
print(f.close())
print([line.upper() for line in os.popen('printf "x\\ny\\n"')])
for bad in [(3,), ('x', 'rb'), ('x', 'r', 0)]:
    try:
        os.popen(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(type(os.popen('true')).__name__)
