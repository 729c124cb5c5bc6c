# A text file's attributes (name, mode, encoding, errors, newlines, closed), its binary
# layer .buffer, the classes of text and binary files, and reconfigure().
import os
import sys
import tempfile

path = os.path.join(tempfile.mkdtemp(), "layers.txt")
with open(path, "w") as f:
    print(f.name == path, f.mode, f.encoding, f.errors, f.closed, f.newlines, f.line_buffering)
    print(type(f).__name__, type(f.buffer).__name__, f.buffer.mode, f.buffer.name == path)
    f.write("héllo\r\nworld\n")
print(f.closed, f.buffer.closed)
with open(path, "a+") as f:
    print(f.mode, f.tell(), f.readable(), f.writable())
with open(path, "ab") as f:
    f.write(b"raw\rend")
with open(path) as f:
    print(f.newlines)
    print(repr(f.readline()), f.newlines)
    print(repr(f.read()), f.newlines)
with open(path, newline="") as f:
    print(f.readlines(), f.newlines)
with open(path, newline="\n") as f:
    f.read()
    print(f.newlines)
with open(path, "rb") as f:
    print(type(f).__name__, f.mode, f.read(6))
    for attr in ("encoding", "buffer", "newlines"):
        try:
            getattr(f, attr)
        except AttributeError as e:
            print(e)
with open(path, "r+b") as f:
    print(type(f).__name__, f.mode)
with open(path, "rb") as f:
    with open(path, encoding="latin-1") as g:
        print(g.encoding, repr(g.read(3)), repr(g).replace(path, "PATH"))
print(type(open(path, "w").buffer).__name__)
with open(path, "w") as f:
    f.buffer.write("ünï\n".encode())
    f.reconfigure(line_buffering=True)
    f.reconfigure(encoding="utf-8", errors="strict")
    for bad in ({"encoding": 3}, {"colour": "red"}):
        try:
            f.reconfigure(**bad)
        except TypeError as e:
            print(e)
with open(path, encoding="utf8") as f:
    print(f.read().strip())
sys.stdout.reconfigure(encoding="utf-8")
sys.stdout.reconfigure(line_buffering=False)
os.remove(path)
os.rmdir(os.path.dirname(path))
