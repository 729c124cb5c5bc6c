import os

path = '/tmp/gilpy_case_modes.txt'
if os.path.exists(path):
    os.remove(path)
with open(path, 'x') as f:
    print(repr(f), f.mode)
    f.write('abc')
with open(path, 'r+') as f:
    print(f.read(1))
    f.write('Z')
    f.seek(0)
    print(f.read())
with open(path, 'w+') as f:
    print(repr(f.read()))
    f.write('new')
    f.seek(0)
    print(f.read())
with open(path, 'a+') as f:
    f.write('!')
    f.seek(0)
    print(f.read(), f.readable(), f.writable(), f.seekable())
with open(path, 'rt') as f:
    print(f.mode, f.read())
with open(path, 'a+b') as f:
    print(repr(f), f.mode)
with open(path, 'xb' if False else 'wb') as f:
    print(f.writable(), f.readable())
print(os.path.getsize(path))
os.remove(path)
