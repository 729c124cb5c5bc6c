import os
import socket
import tempfile
import threading

with tempfile.NamedTemporaryFile("wb", delete=False) as f:
    f.write(b"file contents\n" * 1000)
    name = f.name
a, b = socket.socketpair()
got = []
t = threading.Thread(target=lambda: got.append(b.makefile("rb").read()))
t.start()
with open(name, "rb") as f:
    print(a.sendfile(f))
    print(a.sendfile(f))
    f.seek(0)
    print(a.sendfile(f, 5, 10))
a.close()
t.join()
print(len(got[0]), got[0][-19:])
os.unlink(name)
b.close()
