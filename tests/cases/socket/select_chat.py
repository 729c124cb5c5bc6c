# A select()-based chat server: each message is broadcast to the other clients.
import select
import socket
import threading

server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", 0))
server.listen()
addr = server.getsockname()
stop_r, stop_w = socket.socketpair()


def run_server():
    sockets = [server, stop_r]
    clients = []
    while True:
        readable, _, _ = select.select(sockets, [], [])
        for s in readable:
            if s is stop_r:
                for c in clients:
                    c.close()
                return
            if s is server:
                conn, _ = server.accept()
                sockets.append(conn)
                clients.append(conn)
                conn.sendall(b"welcome\n")
                continue
            data = s.recv(1024)
            if not data:
                sockets.remove(s)
                clients.remove(s)
                s.close()
                continue
            for c in clients:
                if c is not s:
                    c.sendall(data)


t = threading.Thread(target=run_server)
t.start()
# Each client waits for its welcome, so the server knows all three before anyone talks.
alice = socket.create_connection(addr)
bob = socket.create_connection(addr)
carol = socket.create_connection(addr)
print([c.recv(8) for c in (alice, bob, carol)])
import time
alice.sendall(b"alice: hi all\n")
print(bob.recv(100), carol.recv(100))
bob.sendall(b"bob: hi alice\n")
print(alice.recv(100), carol.recv(100))
carol.close()
time.sleep(0.05)
alice.sendall(b"alice: where is carol?\n")
print(bob.recv(100))
stop_w.send(b"x")
t.join()
print(alice.recv(100), bob.recv(100))
for s in (alice, bob, server, stop_r, stop_w):
    s.close()
