# Threaded echo server with several client threads.
import socket
import threading

HOST = "127.0.0.1"

def handle(conn, addr, results):
    with conn:
        while True:
            data = conn.recv(1024)
            if not data:
                break
            conn.sendall(data.upper())

def server(sock, n, results):
    threads = []
    for _ in range(n):
        conn, addr = sock.accept()
        t = threading.Thread(target=handle, args=(conn, addr, results))
        t.start()
        threads.append(t)
    for t in threads:
        t.join()

def client(port, i, results):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.connect((HOST, port))
        s.sendall(f"hello from client {i}".encode())
        data = s.recv(1024)
        results[i] = data.decode()

with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as srv:
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind((HOST, 0))
    srv.listen()
    port = srv.getsockname()[1]
    results = {}
    st = threading.Thread(target=server, args=(srv, 5, results))
    st.start()
    clients = [threading.Thread(target=client, args=(port, i, results)) for i in range(5)]
    for c in clients:
        c.start()
    for c in clients:
        c.join()
    st.join()
for i in sorted(results):
    print(i, results[i])
