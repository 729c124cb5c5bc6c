import threading

cond = threading.Condition(threading.Lock())
state = {"go": False, "waiting": 0}
done = []

def waiter(i):
    with cond:
        state["waiting"] += 1
        cond.notify_all()
        while not state["go"]:
            cond.wait()
        done.append(i)

threads = [threading.Thread(target=waiter, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
with cond:
    cond.wait_for(lambda: state["waiting"] == 6)
    state["go"] = True
    cond.notify_all()
for t in threads:
    t.join()
print(sorted(done))
