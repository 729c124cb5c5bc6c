import os

path = '/tmp/gilpy_case_binary.bin'
with open(path, 'wb') as f:
    print(repr(f), f.mode)
    print(f.write(b'\x00\x01abc\n'), f.write(bytes(range(250, 256))))
with open(path, 'rb') as f:
    print(repr(f), f.mode)
    data = f.read()
    print(data, len(data), type(data).__name__)
with open(path, 'rb') as f:
    print(f.read(2), f.readline(), f.tell(), f.read(0))
    print(f.seek(-2, 2), f.read(), f.read())
    print(f.seek(1), f.seek(2, 1), f.read(1))
with open(path, 'r+b') as f:
    print(repr(f), f.mode)
    f.seek(2)
    f.write(b'XY')
    f.seek(0)
    print(f.read())
with open(path, 'rb') as f:
    print(list(f))
os.remove(path)
