import os

path = '/tmp/gilpy_case_closed_file.txt'
f = open(path, 'w')
f.write('pending')
f.close()
print(f.closed, repr(f))
for op in [lambda: f.write('x'), lambda: f.read(), lambda: f.readline(), lambda: f.seek(0),
           lambda: f.tell(), lambda: f.flush(), lambda: next(iter(f)), lambda: f.writelines(['a'])]:
    try:
        op()
    except ValueError as e:
        print('ValueError:', e)
f.close()
b = open(path, 'rb')
b.close()
for op in [lambda: b.read(), lambda: b.readline(), lambda: b.tell()]:
    try:
        op()
    except ValueError as e:
        print('ValueError:', e)
with open(path) as g:
    print(g.read())
os.remove(path)
