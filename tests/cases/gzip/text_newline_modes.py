# Text streams over gzip and sockets split lines per newline mode, like TextIOWrapper.
import gzip
import io
import socket

data = b"a\rb\r\nc\nd\r\r\ne\r"
for nl in (None, "", "\n", "\r", "\r\n"):
    g = gzip.open(io.BytesIO(gzip.compress(data)), "rt", newline=nl)
    print(repr(nl), g.readlines(), end=" ")
    g = gzip.open(io.BytesIO(gzip.compress(data)), "rt", newline=nl)
    print([g.readline(2), g.readline(), g.readline(1)], end=" ")
    a, b = socket.socketpair()
    a.sendall(data); a.shutdown(socket.SHUT_WR)
    f = b.makefile("r", newline=nl)
    print(list(f))
    f.close(); a.close(); b.close()
