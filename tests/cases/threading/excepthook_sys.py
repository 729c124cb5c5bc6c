# sys.excepthook sees the main thread's uncaught exception, and the error of a failing
# threading.excepthook (after the "Exception in threading.excepthook:" line).
import sys
import threading

print(sys.excepthook is sys.__excepthook__, threading.excepthook is threading.__excepthook__)


def hook(exc_type, value, tb):
    print("sys.excepthook:", exc_type.__name__, value, value.__suppress_context__)


sys.excepthook = hook


def bad_hook(args):
    print("threading.excepthook:", args.exc_type.__name__, args.exc_value, args.thread.name)
    raise RuntimeError("hook fails")


threading.excepthook = bad_hook


def worker():
    raise ValueError("in thread")


t = threading.Thread(target=worker, name="W")
t.start()
t.join()
sys.__excepthook__(int, 2, None)
raise KeyError("main")
