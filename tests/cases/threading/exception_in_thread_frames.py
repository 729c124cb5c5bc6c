# An exception escaping a thread prints CPython's report, with the frames of
# threading.py that CPython shows, and the program goes on.
import threading


def worker(n):
    print(f"worker {n} starting")
    return 10 / (n - n)


class Downloader(threading.Thread):
    def run(self):
        raise ConnectionError(f"{self.name} could not connect")


t = threading.Thread(target=worker, args=(1,))
t.start()
t.join()
print("main continues after Thread-1")

d = Downloader(name="downloader")
d.start()
d.join()

timer = threading.Timer(0.01, worker, args=(2,))
timer.start()
timer.join()

t = threading.Thread(target=lambda: {}["missing"], name="lookup")
t.start()
t.join()
print("alive:", t.is_alive())
