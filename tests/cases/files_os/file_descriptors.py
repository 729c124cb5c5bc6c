# Low-level file descriptors: os.open/read/write/lseek/close, pipes, dup, fstat,
# and a file object's fileno().
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "data.bin")
fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd).__name__, os.write(fd, b"hello, "), os.write(fd, bytearray(b"world\n")))
os.close(fd)
fd = os.open(path, os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, 7, os.SEEK_SET), os.read(fd, 5), os.lseek(fd, -3, os.SEEK_END), os.read(fd, 10))
st = os.fstat(fd)
print(st.st_size, st.st_size == os.stat(path).st_size, oct(st.st_mode & 0o777))
print(os.isatty(fd))
os.close(fd)
for bad in [lambda: os.close(fd), lambda: os.read(fd, 1), lambda: os.write(fd, b"x"), lambda: os.fstat(fd)]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
try:
    os.open(os.path.join(d, "missing", "x"), os.O_RDONLY)
except FileNotFoundError as e:
    print("FileNotFoundError", e.strerror, e.filename == os.path.join(d, "missing", "x"))
try:
    os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
except FileExistsError as e:
    print("FileExistsError", e.strerror)
try:
    os.write(1, "text")
except TypeError as e:
    print("TypeError", e)
try:
    os.read(0, -1)
except OSError as e:
    print("OSError", e)

r, w = os.pipe()
print(os.write(w, b"through the pipe"))
os.close(w)
print(os.read(r, 7), os.read(r, 100), os.read(r, 100))
os.close(r)
r, w = os.pipe()
w2 = os.dup(w)
os.write(w2, b"dup ")
os.close(w2)
os.write(w, b"ok")
os.close(w)
print(os.read(r, 100))
os.close(r)

with open(path, "rb") as f:
    fd = f.fileno()
    print(type(fd).__name__, os.fstat(fd).st_size, f.isatty(), os.read(fd, 5))
try:
    f.fileno()
except ValueError as e:
    print("ValueError", e)
print(all(isinstance(getattr(os, n), int) for n in ["O_RDONLY", "O_WRONLY", "O_RDWR", "O_CREAT", "O_EXCL", "O_TRUNC", "O_APPEND"]))
