import socketserver
import socket
import threading


class MyTCPHandler(socketserver.BaseRequestHandler):
    def handle(self):
        self.data = self.request.recv(1024).strip()
        print("{} wrote:".format(self.client_address[0]))
        print(self.data)
        self.request.sendall(self.data.upper())


class LineHandler(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(b"echo: " + line)


class ThreadedTCPRequestHandler(socketserver.BaseRequestHandler):
    def handle(self):
        data = str(self.request.recv(1024), 'ascii')
        cur_thread = threading.current_thread()
        response = bytes("{}: {}".format(cur_thread.name.startswith("Thread-"), data), 'ascii')
        self.request.sendall(response)


class ThreadedTCPServer(socketserver.ThreadingMixIn, socketserver.TCPServer):
    pass


def client(ip, port, message):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.connect((ip, port))
        sock.sendall(bytes(message, 'ascii'))
        response = str(sock.recv(1024), 'ascii')
        print("Received: {}".format(response))


with socketserver.TCPServer(("127.0.0.1", 0), MyTCPHandler) as server:
    host, port = server.server_address
    t = threading.Thread(target=server.handle_request)
    t.start()
    with socket.create_connection((host, port)) as sock:
        sock.sendall(b"hello world\n")
        print("Received:", sock.recv(1024))
    t.join()

socketserver.TCPServer.allow_reuse_address = True
with socketserver.ThreadingTCPServer(("127.0.0.1", 0), LineHandler) as server:
    host, port = server.server_address
    st = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    st.start()
    with socket.create_connection((host, port)) as sock:
        f = sock.makefile("rwb")
        for word in ["alpha", "beta", "gamma"]:
            f.write(word.encode() + b"\n")
            f.flush()
            print(f.readline())
        f.close()
    server.shutdown()
    st.join()

server = ThreadedTCPServer(("127.0.0.1", 0), ThreadedTCPRequestHandler)
with server:
    ip, port = server.server_address
    server_thread = threading.Thread(target=server.serve_forever)
    server_thread.daemon = True
    server_thread.start()
    print("Server loop running in thread:", server_thread.name.startswith("Thread-"))
    client(ip, port, "Hello World 1")
    client(ip, port, "Hello World 2")
    client(ip, port, "Hello World 3")
    server.shutdown()


class MyUDPHandler(socketserver.BaseRequestHandler):
    def handle(self):
        data = self.request[0].strip()
        socket_ = self.request[1]
        print("{} wrote:".format(self.client_address[0]))
        print(data)
        socket_.sendto(data.upper(), self.client_address)


with socketserver.UDPServer(("127.0.0.1", 0), MyUDPHandler) as server:
    t = threading.Thread(target=server.handle_request)
    t.start()
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.sendto(b"udp data\n", server.server_address)
    received, addr = sock.recvfrom(1024)
    print("Received:", received, addr == server.server_address)
    sock.close()
    t.join()
print(issubclass(socketserver.ThreadingTCPServer, socketserver.TCPServer))
