import threading

cond = threading.Condition()
items = []
consumed = []

def consumer():
    for _ in range(10):
        with cond:
            cond.wait_for(lambda: items)
            consumed.append(items.pop(0))

t = threading.Thread(target=consumer)
t.start()
for i in range(10):
    with cond:
        items.append(i)
        cond.notify()
t.join()
print(consumed)
with cond:
    print(cond.wait(0.01))
    print(cond.wait_for(lambda: False, timeout=0.01))
