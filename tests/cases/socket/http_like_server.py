# A tiny HTTP/1.0 server on socketserver and a raw-socket client.
import socket
import socketserver
import threading


class HTTPHandler(socketserver.StreamRequestHandler):
    def handle(self):
        request_line = self.rfile.readline().decode("latin-1").rstrip("\r\n")
        headers = {}
        while True:
            line = self.rfile.readline().decode("latin-1").rstrip("\r\n")
            if not line:
                break
            k, v = line.split(":", 1)
            headers[k.strip().lower()] = v.strip()
        method, path, version = request_line.split()
        body = f"You asked for {path} with {method}; agent={headers.get('user-agent')}\n".encode()
        self.wfile.write(b"HTTP/1.0 200 OK\r\n")
        self.wfile.write(b"Content-Type: text/plain\r\n")
        self.wfile.write(f"Content-Length: {len(body)}\r\n\r\n".encode())
        self.wfile.write(body)


with socketserver.TCPServer(("127.0.0.1", 0), HTTPHandler) as httpd:
    t = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    t.start()
    for path in ["/", "/index.html", "/api/items?id=3"]:
        with socket.create_connection(httpd.server_address) as s:
            s.sendall(f"GET {path} HTTP/1.0\r\nHost: localhost\r\nUser-Agent: tutorial/1.0\r\n\r\n".encode())
            response = b""
            while chunk := s.recv(4096):
                response += chunk
        head, _, body = response.partition(b"\r\n\r\n")
        print(head.decode().splitlines()[0], "|", body.decode().strip())
    httpd.shutdown()
    t.join()
