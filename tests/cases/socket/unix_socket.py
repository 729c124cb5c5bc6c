import os
import socket
import tempfile
import threading

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "echo.sock")
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    server.listen(1)
    print(os.path.basename(server.getsockname()), server.family)

    def serve():
        conn, addr = server.accept()
        peer.append(addr)
        with conn:
            while data := conn.recv(16):
                conn.sendall(data.upper())

    peer = []
    t = threading.Thread(target=serve)
    t.start()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as c:
        c.connect(path)
        print(os.path.basename(c.getpeername()), repr(c.getsockname()))
        c.sendall(b"over a unix socket")
        c.shutdown(socket.SHUT_WR)
        got = b""
        while chunk := c.recv(100):
            got += chunk
        print(got)
    t.join()
    print("accepted, peer address:", repr(peer[0]))
    server.close()
    try:
        socket.socket(socket.AF_UNIX).connect(os.path.join(d, "missing.sock"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror)
