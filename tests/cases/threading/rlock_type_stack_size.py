import threading

r = threading.RLock()
print(type(r).__name__, type(r).__module__)
print(repr(r).split(" at ")[0])
with r:
    with r:
        print(repr(r).split(" at ")[0].replace(str(threading.get_ident()), "ME"))
print(isinstance(threading.RLock, type))

print(threading.stack_size())
print(threading.stack_size(1 << 20))
print(threading.stack_size())
print(threading.stack_size(0))
for bad in (100, -1, "x", 1.5):
    try:
        threading.stack_size(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# A thread started after a stack size is set runs as usual.
threading.stack_size(65536 * 4)
out = []
t = threading.Thread(target=lambda: out.append(sum(range(10))))
t.start()
t.join()
print(out)


def hook(args):
    print(type(args).__name__, args.exc_type.__name__, args.exc_value)
    print(type(args.exc_traceback).__name__, args.exc_traceback.tb_lineno > 0)
    print(args.thread.name)


threading.excepthook = hook
t = threading.Thread(target=lambda: 1 / 0, name="failing")
t.start()
t.join()
print(threading.ExceptHookArgs.__name__)
