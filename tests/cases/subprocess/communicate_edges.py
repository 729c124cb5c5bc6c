# communicate() after the caller used or closed the pipes itself, with odd inputs.
import subprocess as s

p = s.Popen(['cat'], stdin=s.PIPE, stdout=s.PIPE, stderr=s.PIPE)
p.stdin.close()
try:
    p.communicate()
except ValueError as e:
    print('ValueError', e)
p.kill()
p.wait()

p = s.Popen(['cat'], stdin=s.PIPE, stdout=s.PIPE, stderr=s.PIPE, text=True)
try:
    p.communicate(b'bytes in text mode')
except AttributeError as e:
    print('AttributeError', e)
p.kill()
p.wait()

p = s.Popen(['echo', 'hi'], stdout=s.PIPE, stderr=s.PIPE)
print(p.stdout.readline())
p.stdout.close()
print(p.communicate())

p = s.Popen(['cat'], stdin=s.PIPE, stdout=s.PIPE, stderr=s.PIPE)
print(p.communicate(memoryview(b'from a memoryview')))
p = s.Popen(['cat'], stdin=s.PIPE, stdout=s.PIPE, stderr=s.PIPE)
print(p.communicate(bytearray(b'x') * 70000)[0].count(b'x'))
p = s.Popen(['cat'], stdin=s.PIPE, stdout=s.PIPE, stderr=s.PIPE, text=True)
print(p.communicate('text\r\nin, text out'))
p = s.Popen(['true'], stdin=s.PIPE, stdout=s.PIPE)
print(p.communicate(b'nobody reads this' * 10000), p.returncode)
p = s.Popen(['cat'], stdin=s.PIPE)
print(p.communicate(), p.returncode)
