import threading

fired = []
t1 = threading.Timer(0.01, fired.append, args=["first"])
t2 = threading.Timer(5, fired.append, args=["never"])
t1.start()
t2.start()
t2.cancel()
t1.join()
t2.join()
print(fired)
