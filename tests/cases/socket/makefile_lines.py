# socket.makefile streams: readlines(hint), iteration, with, and use after close.
import io
import socket


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


payload = b"one\ntwo\r\nthree\n\nfour"
for hint in (-1, 0, 1, 4, 5, 8, 9, 100):
    a, b = socket.socketpair()
    with a, b:
        a.sendall(payload)
        a.shutdown(socket.SHUT_WR)
        with b.makefile("r", encoding="utf-8") as text:
            print(hint, text.readlines(hint))
for hint in (-1, 4, 5, 9):
    a, b = socket.socketpair()
    with a, b:
        a.sendall(payload)
        a.shutdown(socket.SHUT_WR)
        with b.makefile("rb") as raw:
            print(hint, raw.readlines(hint))

a, b = socket.socketpair()
with a, b:
    a.sendall(payload)
    a.shutdown(socket.SHUT_WR)
    reader = b.makefile("r", newline="")
    print(isinstance(reader, io.TextIOBase), iter(reader) is reader, reader.readable(), reader.writable())
    print(next(reader), [line for line in reader], next(reader, "done"))
    reader.close()
    attempt("iter closed", lambda: iter(reader))
    attempt("with closed", lambda: reader.__enter__())
    attempt("readlines closed", lambda: reader.readlines())

a, b = socket.socketpair()
with a, b:
    with a.makefile("w", encoding="utf-8") as out:
        out.writelines(["x\n", "y\n"])
    with a.makefile("wb") as bout:
        bout.writelines([b"z\n", bytearray(b"w\n")])
    a.shutdown(socket.SHUT_WR)
    with b.makefile("rb") as raw:
        print(list(raw), raw.readable())
    attempt("raw iter closed", lambda: iter(raw))
    attempt("raw with closed", lambda: raw.__enter__())
