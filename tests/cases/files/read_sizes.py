import os

path = '/tmp/gilpy_case_read_sizes.txt'
with open(path, 'w') as f:
    f.write('αβγ\nsecond line\nthird')
with open(path) as f:
    print(repr(f.read(2)), repr(f.read(0)), repr(f.readline()), repr(f.readline(3)))
    print(repr(f.read(100)), repr(f.read()), repr(f.readline()))
with open(path, 'rb') as f:
    print(f.read(3), f.readline(2), f.read(-1)[:6], f.tell())
    f.seek(0)
    print(f.readline(), f.tell())
os.remove(path)
