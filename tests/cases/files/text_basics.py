import os

path = '/tmp/gilpy_case_text_basics.txt'
f = open(path, 'w')
print(repr(f), f.name, f.mode, f.closed)
print(f.write('hello\n'), f.write('wörld\n'), f.write(''))
f.writelines(['a\n', 'b\n'])
print('printed', 42, file=f)
f.close()
print(f.closed)
f.close()
with open(path) as f:
    print(repr(f.read()))
with open(path, 'r', encoding='utf-8') as f:
    print(repr(f), f.encoding)
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))
with open(path) as f:
    for line in f:
        print(line.rstrip('\n'))
with open(path) as f:
    print(repr(f.read(3)), repr(f.read(4)), f.tell())
    print(f.seek(0), repr(f.read(1)))
with open(path, 'a') as f:
    f.write('tail')
with open(path) as f:
    print(f.read().splitlines())
print(os.path.getsize(path), os.path.isfile(path), os.path.isdir('/tmp'))
os.remove(path)
print(os.path.exists(path))
