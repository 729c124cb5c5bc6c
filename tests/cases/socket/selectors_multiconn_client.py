# Real Python's multiconn-client.py against a threaded echo server.
import selectors
import socket
import threading
import types

sel = selectors.DefaultSelector()
messages = [b"Message 1 from client.", b"Message 2 from client."]

srv = socket.create_server(("127.0.0.1", 0))
host, port = srv.getsockname()


def echo(conn):
    with conn:
        while data := conn.recv(1024):
            conn.sendall(data)


def serve(n):
    for _ in range(n):
        conn, _ = srv.accept()
        threading.Thread(target=echo, args=(conn,)).start()


threading.Thread(target=serve, args=(2,), daemon=True).start()


def start_connections(host, port, num_conns):
    server_addr = (host, port)
    for i in range(0, num_conns):
        connid = i + 1
        print(f"Starting connection {connid} to server")
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setblocking(False)
        sock.connect_ex(server_addr)
        events = selectors.EVENT_READ | selectors.EVENT_WRITE
        data = types.SimpleNamespace(
            connid=connid,
            msg_total=sum(len(m) for m in messages),
            recv_total=0,
            messages=messages.copy(),
            outb=b"",
        )
        sel.register(sock, events, data=data)


def service_connection(key, mask, log):
    sock = key.fileobj
    data = key.data
    if mask & selectors.EVENT_READ:
        recv_data = sock.recv(1024)  # Should be ready to read
        if recv_data:
            log.append(f"Received {recv_data!r} from connection {data.connid}")
            data.recv_total += len(recv_data)
        if not recv_data or data.recv_total == data.msg_total:
            log.append(f"Closing connection {data.connid}")
            sel.unregister(sock)
            sock.close()
    if mask & selectors.EVENT_WRITE:
        if not data.outb and data.messages:
            data.outb = data.messages.pop(0)
        if data.outb:
            sent = sock.send(data.outb)  # Should be ready to write
            data.outb = data.outb[sent:]


start_connections(host, port, 2)
log = []
try:
    while True:
        events = sel.select(timeout=1)
        if events:
            for key, mask in events:
                service_connection(key, mask, log)
        if not sel.get_map():
            break
finally:
    sel.close()
print(sorted(l for l in log if l.startswith("Closing")))
print(sum(len(l) for l in log if l.startswith("Received")) > 0)
