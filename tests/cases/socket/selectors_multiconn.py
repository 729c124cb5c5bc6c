# Real Python's multi-connection server and client, with selectors, in one script.
import selectors
import socket
import threading
import types

sel = selectors.DefaultSelector()
HOST = "127.0.0.1"
log = []


def accept_wrapper(sock):
    conn, addr = sock.accept()  # Should be ready to read
    log.append("accepted connection")
    conn.setblocking(False)
    data = types.SimpleNamespace(addr=addr, inb=b"", outb=b"")
    events = selectors.EVENT_READ | selectors.EVENT_WRITE
    sel.register(conn, events, data=data)


def service_connection(key, mask):
    sock = key.fileobj
    data = key.data
    if mask & selectors.EVENT_READ:
        recv_data = sock.recv(1024)  # Should be ready to read
        if recv_data:
            data.outb += recv_data
        else:
            log.append("closing connection")
            sel.unregister(sock)
            sock.close()
            return
    if mask & selectors.EVENT_WRITE:
        if data.outb:
            sent = sock.send(data.outb)  # Should be ready to write
            data.outb = data.outb[sent:]


lsock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
lsock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
lsock.bind((HOST, 0))
lsock.listen()
port = lsock.getsockname()[1]
lsock.setblocking(False)
sel.register(lsock, selectors.EVENT_READ, data=None)
print(len(sel.get_map()), sel.get_key(lsock).events, sel.get_key(lsock).data)

replies = {}


def client(i):
    with socket.create_connection((HOST, port)) as s:
        msgs = [f"Message {j} from client {i}.".encode() for j in range(2)]
        total = sum(len(m) for m in msgs)
        for m in msgs:
            s.sendall(m)
        got = b""
        while len(got) < total:
            got += s.recv(1024)
        replies[i] = got.decode()


clients = [threading.Thread(target=client, args=(i,)) for i in range(3)]
for c in clients:
    c.start()
closed = 0
try:
    while closed < 3:
        events = sel.select(timeout=None)
        for key, mask in events:
            if key.data is None:
                accept_wrapper(key.fileobj)
            else:
                before = len(log)
                service_connection(key, mask)
                if log[before:] == ["closing connection"]:
                    closed += 1
finally:
    sel.unregister(lsock)
    lsock.close()
    print(len(sel.get_map()))
    sel.close()
for c in clients:
    c.join()
print(sorted(log))
for i in sorted(replies):
    print(i, replies[i])
try:
    sel2 = selectors.DefaultSelector()
    sel2.register(lsock, selectors.EVENT_READ)
except ValueError as e:
    print("ValueError:", e)
try:
    sel2.register(0, 4)
except ValueError as e:
    print("ValueError:", e)
a, b = socket.socketpair()
key = sel2.register(a, selectors.EVENT_READ, "data-a")
print(key.events, key.data, key.fd == a.fileno())
try:
    sel2.register(a, selectors.EVENT_READ)
except KeyError as e:
    print("KeyError")
print(sel2.select(0))
b.send(b"x")
print([(k.data, m) for k, m in sel2.select(1)])
sel2.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, "both")
print([(k.data, m) for k, m in sel2.select(1)])
sel2.unregister(a)
try:
    sel2.unregister(a)
except KeyError as e:
    print("KeyError again")
sel2.close()
import select
r, w, x = select.select([a], [b], [], 0)
print(r == [a], w == [b], x)
print(select.select([], [], [], 0.01))
a.close(); b.close()
try:
    select.select([a], [], [], 0)
except ValueError as e:
    print("ValueError:", e)
