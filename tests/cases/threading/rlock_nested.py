import threading

r = threading.RLock()
total = 0

def nested(depth):
    global total
    with r:
        if depth:
            nested(depth - 1)
        else:
            total += 1

threads = [threading.Thread(target=nested, args=(5,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total)
print(r.acquire(), r.acquire())
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print(e)
def other():
    try:
        r.release()
    except RuntimeError as e:
        print("other:", e)
r.acquire()
t = threading.Thread(target=other)
t.start()
t.join()
r.release()
