# Blocking socket calls release the GIL: threads waiting in recv overlap.
import socket
import threading
import time

pairs = [socket.socketpair() for _ in range(4)]


def waiter(sock, out, i):
    data = sock.recv(10)
    out[i] = data


def sender():
    time.sleep(0.2)
    for i, (a, _) in enumerate(pairs):
        a.sendall(b"go%d" % i)


out = {}
start = time.monotonic()
threads = [threading.Thread(target=waiter, args=(b, out, i)) for i, (_, b) in enumerate(pairs)]
threads.append(threading.Thread(target=sender))
counter = 0
for t in threads:
    t.start()
# The main thread keeps computing while the others wait in recv.
while any(t.is_alive() for t in threads[:-1]):
    counter += 1
elapsed = time.monotonic() - start
for t in threads:
    t.join()
print(sorted(out.items()))
print("main thread ran meanwhile:", counter > 10)
print("waits overlapped:", elapsed < 0.6)
for a, b in pairs:
    a.close()
    b.close()
