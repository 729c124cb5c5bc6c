import socket, socketserver, threading, traceback, sys

class Bad(socketserver.BaseRequestHandler):
    def handle(self):
        data = self.request.recv(100)
        raise ValueError("bad request: %r" % data)

class Server(socketserver.TCPServer):
    def handle_error(self, request, client_address):
        print("error from", client_address[0], file=sys.stderr)
        traceback.print_exc()

with Server(("127.0.0.1", 0), Bad) as srv:
    t = threading.Thread(target=srv.handle_request)
    t.start()
    with socket.create_connection(srv.server_address) as c:
        c.sendall(b"boom")
    t.join()
print("done")
