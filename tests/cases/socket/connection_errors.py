import socket
s = socket.socket()
try:
    s.connect(("127.0.0.1", 1))
except ConnectionRefusedError as e:
    print("refused:", e, e.errno, type(e).__name__)
    print(isinstance(e, OSError), isinstance(e, socket.error))
print(s.connect_ex(("127.0.0.1", 1)))
s.close()
try:
    socket.create_connection(("127.0.0.1", 1), timeout=1)
except OSError as e:
    print("create_connection:", e)
srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]
other = socket.socket()
try:
    other.bind(("127.0.0.1", port))
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
other.close()
try:
    socket.create_server(("127.0.0.1", port))
except OSError as e:
    print(e.errno, e.strerror.replace(str(port), "PORT"))
srv.close()
s = socket.socket()
s.connect(("127.0.0.1", 1)) if False else None
s.close()
s = socket.socket()
s.connect(("127.0.0.1", 1))
