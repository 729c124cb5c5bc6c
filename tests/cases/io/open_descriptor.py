# open() on a file descriptor: os.pipe ends as file objects, closefd, line buffering.
import os

r, w = os.pipe()
reader = open(r, 'rb')
writer = open(w, 'w', buffering=1)
print(reader.name == r, reader.mode, writer.mode)
writer.write('first line\n')
print(os.read(r, 100))
writer.write('no newline yet')
writer.write(' ...done\n')
print(reader.readline())
writer.close()
print(reader.read(), reader.closed, writer.closed)
reader.close()
for fd in (r, w):
    try:
        os.fstat(fd)
    except OSError as e:
        print('closed:', e)

r, w = os.pipe()
keep = open(w, 'wb', closefd=False)
keep.write(b'kept')
keep.close()
os.write(w, b' still open')
os.close(w)
with open(r, 'rb', buffering=0) as f:
    print(f.read())

r, w = os.pipe()
with open(w, 'wb', buffering=0) as f:
    f.write(b'unbuffered')
    print(os.read(r, 100))
os.close(r)

for args, kwargs in [((-1,), {}), ((12345,), {}), (('/tmp',), {'closefd': False}),
                     ((0, 'r'), {'buffering': 0}), (('/',), {})]:
    try:
        open(*args, **kwargs)
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
