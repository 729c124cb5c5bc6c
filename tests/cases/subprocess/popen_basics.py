# Popen as the tutorials use it: pipes, text mode, shell, cwd, env, input, pipelines.
import os
import subprocess
import sys
from subprocess import PIPE, STDOUT, DEVNULL, Popen

p = Popen(['echo', 'hello', 'world'], stdout=PIPE)
out, err = p.communicate()
print(out, err, p.returncode, type(p.pid).__name__)

p = Popen('echo out; echo err >&2; exit 3', shell=True, stdout=PIPE, stderr=PIPE, text=True)
print(p.communicate(), p.returncode)
print(p)

p = Popen(['cat'], stdin=PIPE, stdout=PIPE)
print(p.communicate(input=b'line one\nline two\n'))

p = Popen(['cat'], stdin=PIPE, stdout=PIPE, universal_newlines=True)
print(repr(p.communicate('dos\r\nmac\rend')[0]))

p = Popen(['sh', '-c', 'echo to-out; echo to-err >&2'], stdout=PIPE, stderr=STDOUT)
print(sorted(p.communicate()[0].split()))

p = Popen(['sh', '-c', 'echo hidden; echo also >&2'], stdout=DEVNULL, stderr=DEVNULL)
print(p.wait(), p.communicate())

p = Popen(['pwd'], cwd='/', stdout=PIPE, text=True)
print(p.communicate()[0].strip())

p = Popen('echo "$GREETING $WHO"', shell=True, env={'GREETING': 'hi', 'WHO': 'there'},
          stdout=PIPE, encoding='utf-8')
print(p.communicate())

# Reading the output line by line while the child runs.
code = 'import sys\nfor i in range(4):\n    print("row", i * i)\n    sys.stdout.flush()\n'
with Popen([sys.executable, '-c', code], stdout=PIPE, text=True) as p:
    for line in p.stdout:
        print('parent got', line.rstrip())
print('exit', p.returncode)

# readline() and write() on the pipes of one child, line by line.
p = Popen(['cat'], stdin=PIPE, stdout=PIPE, text=True, bufsize=1)
for word in ['alpha', 'beta']:
    p.stdin.write(word + '\n')
    print('echoed', p.stdout.readline().strip())
p.stdin.close()
print(repr(p.stdout.read()), p.wait())

# A pipeline: printf | sort | uniq -c
p1 = Popen(['printf', 'b\\na\\nb\\nc\\na\\nb\\n'], stdout=PIPE)
p2 = Popen(['sort'], stdin=p1.stdout, stdout=PIPE)
p3 = Popen(['uniq', '-c'], stdin=p2.stdout, stdout=PIPE, text=True)
p1.stdout.close()
p2.stdout.close()
print([line.split() for line in p3.communicate()[0].splitlines()])
print(p1.wait(), p2.wait(), p3.returncode)

# Output into a file the parent opened.
path = '/tmp/gilpy_popen_basics_%d.txt' % os.getpid()
with open(path, 'w') as f:
    Popen(['echo', 'into a file'], stdout=f).wait()
with open(path) as f:
    print(f.read(), end='')
os.remove(path)

# poll(), terminate(), kill(), signals in returncode.
p = Popen(['sleep', '10'])
print(p.poll(), p.returncode)
p.terminate()
print(p.wait(), p.poll())
p.kill()
p = Popen(['sleep', '10'])
p.kill()
print(p.wait())
with Popen(['sh', '-c', 'exit 7']) as p:
    pass
print(p.returncode, repr(p))
print(repr(Popen(['echo', 'x' * 100], stdout=DEVNULL)))

# executable= runs another program under the name argv[0].
print(subprocess.run(['fake-name', '-c', 'echo $0'], executable='/bin/sh',
                     capture_output=True, text=True).stdout)
print(subprocess.run('echo $0', shell=True, executable='/bin/sh', capture_output=True).stdout)
