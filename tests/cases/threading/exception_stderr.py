import threading

def worker():
    print("worker runs")

t = threading.Thread(target=worker)
t.start()
t.join()
raise KeyError("main fails after the thread")
