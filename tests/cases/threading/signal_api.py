# The signal module: constants, handler bookkeeping, raise_signal running a Python
# handler before it returns, the default SIGINT handler, and CPython's argument errors.
import signal
import threading

print(signal.SIGINT, signal.SIGTERM, signal.SIGUSR1, signal.NSIG)
print(signal.SIGINT == 2, signal.SIG_DFL == 0, signal.SIG_IGN == 1)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.default_int_handler)
print(signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL)

got = []


def handler(signum, frame):
    got.append(signum)


previous = signal.signal(signal.SIGUSR1, handler)
print(previous == signal.SIG_DFL, signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print("after raise", got)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGUSR1)
print("ignored", got)

try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))

try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print("default_int_handler", repr(e))


def fails(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)


fails(lambda: signal.default_int_handler())
fails(lambda: signal.signal(2))
fails(lambda: signal.signal(999, signal.SIG_DFL))
fails(lambda: signal.signal(2, 5))
fails(lambda: signal.signal(2, "x"))
fails(lambda: signal.signal(signal.SIGKILL, signal.SIG_IGN))
fails(lambda: signal.getsignal(0))
fails(lambda: signal.signal("a", signal.SIG_IGN))


def in_thread():
    fails(lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))


t = threading.Thread(target=in_thread)
t.start()
t.join()
