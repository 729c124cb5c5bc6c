import io
import os

path = '/tmp/gilpy_case_errors.txt'
if os.path.exists(path):
    os.remove(path)


def attempt(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__ + ':', e)


try:
    open('/tmp/gilpy_no_such_dir/x.txt')
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.args)
    print(isinstance(e, OSError))
attempt(lambda: open('/tmp'))
attempt(lambda: open(path, 'z'))
attempt(lambda: open(path, 'rw'))
attempt(lambda: open(path, 'rb', encoding='utf-8'))
attempt(lambda: open(path, 'rb', newline=''))
attempt(lambda: open(path, 'r', newline='x'))
f = open(path, 'w')
attempt(lambda: f.read())
attempt(lambda: f.write(b'x'))
f.close()
attempt(lambda: f.write('x'))
attempt(lambda: f.read())
attempt(lambda: f.tell())
attempt(lambda: open(path, 'x'))
f = open(path)
attempt(lambda: f.write('x'))
attempt(lambda: f.seek(1, 1))
attempt(lambda: f.seek(-1))
f.close()
f = open(path, 'rb')
attempt(lambda: f.write(b'x'))
f.close()
attempt(lambda: f.read())
f = open(path, 'wb')
attempt(lambda: f.read())
attempt(lambda: f.write('s'))
f.close()
try:
    open(path).write('x')
except io.UnsupportedOperation as e:
    print('caught', e, isinstance(e, OSError), isinstance(e, ValueError))
os.remove(path)
attempt(lambda: os.remove(path))
open(path)
