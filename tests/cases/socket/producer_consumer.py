# A producer thread sends work items over a socket; a consumer thread reads lines.
import socket
import threading
import queue

results = queue.Queue()


def producer(sock, n):
    with sock, sock.makefile("w", encoding="utf-8") as f:
        for i in range(n):
            f.write(f"item {i} {i * i}\n")
            f.flush()
        f.write("DONE\n")


def consumer(sock):
    with sock, sock.makefile("r", encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line == "DONE":
                break
            _, i, sq = line.split()
            results.put((int(i), int(sq)))


a, b = socket.socketpair()
threads = [threading.Thread(target=producer, args=(a, 20)),
           threading.Thread(target=consumer, args=(b,))]
for t in threads:
    t.start()
for t in threads:
    t.join()
items = []
while not results.empty():
    items.append(results.get())
print(len(items), items[:3], items[-1])
print(all(sq == i * i for i, sq in items))
