import threading

t = threading.Thread(target=lambda: None)
t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    print(type(e).__name__, e)
t2 = threading.Thread(target=print)
t2.daemon = True
print(t2.daemon)
t2.start()
try:
    t2.daemon = False
except RuntimeError as e:
    print(e)
t2.join()
