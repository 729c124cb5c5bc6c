import os

path = '/tmp/gilpy_case_newlines.txt'
with open(path, 'wb') as f:
    f.write(b'a\r\nb\rc\nd')
with open(path) as f:
    print(repr(f.read()))
with open(path, newline='') as f:
    print(repr(f.read()))
with open(path, 'rb') as f:
    print(f.readlines())
with open(path, 'w', newline='') as f:
    f.write('x\ny\n')
with open(path, 'rb') as f:
    print(f.read())
os.remove(path)
