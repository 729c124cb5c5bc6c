import threading

def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name)

threading.excepthook = hook

def bad(x):
    raise ValueError(f"bad {x}")

t = threading.Thread(target=bad, args=(3,))
t.start()
t.join()
print("main continues", t.is_alive())

def exits():
    raise SystemExit(5)

threading.excepthook = threading.__excepthook__
t = threading.Thread(target=exits)
t.start()
t.join()
print("SystemExit in a thread is silent")
