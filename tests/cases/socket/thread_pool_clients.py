# Many client requests from a ThreadPoolExecutor against a ThreadingTCPServer.
import socket
import socketserver
import threading
from concurrent.futures import ThreadPoolExecutor


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        word = self.rfile.readline().strip().decode()
        self.wfile.write(f"{word}:{len(word)}\n".encode())


def ask(addr, word):
    with socket.create_connection(addr, timeout=5) as s:
        s.sendall(word.encode() + b"\n")
        return s.makefile("r").readline().strip()


socketserver.ThreadingTCPServer.allow_reuse_address = True
with socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler) as server:
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    with ThreadPoolExecutor(max_workers=4) as pool:
        for answer in pool.map(lambda w: ask(server.server_address, w), words):
            print(answer)
    server.shutdown()
    t.join()
print("server stopped")
