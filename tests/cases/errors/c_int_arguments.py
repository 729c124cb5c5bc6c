# Arguments that C functions take as an `int` overflow with argument clinic's message.
import socket
import zlib

calls = [
    ("zlib.compress level 2**31", lambda: zlib.compress(b"x", 2**31)),
    ("zlib.compress level -2**31-1", lambda: zlib.compress(b"x", -2**31 - 1)),
    ("zlib.compress level 2**70", lambda: zlib.compress(b"x", 2**70)),
    ("zlib.compress level 10", lambda: zlib.compress(b"x", 10)),
    ("socket.socket(2**40)", lambda: socket.socket(2**40)),
    ("socket.socket(2, 2**31)", lambda: socket.socket(2, 2**31)),
    ("socket.socket(2, 1, 2**31)", lambda: socket.socket(2, 1, 2**31)),
    ("zlib.compress level 'x'", lambda: zlib.compress(b"x", "x")),
]
for label, call in calls:
    try:
        call()
        print(label, "ok")
    except Exception as e:
        print(label, "->", type(e).__name__, e)
