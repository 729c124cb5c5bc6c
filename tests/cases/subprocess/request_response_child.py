# A line-based request/response protocol with a Python child kept running.
import subprocess, sys
server = '''
import sys
for line in sys.stdin:
    cmd, _, arg = line.strip().partition(" ")
    if cmd == "add":
        print(sum(map(int, arg.split())), flush=True)
    elif cmd == "rev":
        print(arg[::-1], flush=True)
    elif cmd == "quit":
        print("bye", flush=True)
        break
'''
p = subprocess.Popen([sys.executable, '-c', server], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
for req in ['add 1 2 3', 'rev hello', 'add 10 20', 'quit']:
    p.stdin.write(req + '\n')
    print(req, '->', p.stdout.readline().strip())
print(p.wait())
