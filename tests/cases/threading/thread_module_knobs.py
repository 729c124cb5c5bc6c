# The GIL and thread knobs: the switch interval, stack size, _thread basics.
import sys, threading, time
for v in (0, -1, "x", 0.001):
    try:
        sys.setswitchinterval(v)
        print("ok", sys.getswitchinterval())
    except Exception as e:
        print(type(e).__name__, e)
print(threading.stack_size())
try:
    threading.stack_size(1000)
except ValueError as e:
    print(e)
print(sys.getrecursionlimit())
print(threading.get_ident() > 0, threading.main_thread().native_id > 0)
print(sys.version_info[:2])
import _thread
print(type(_thread.get_ident()))
lk = _thread.allocate_lock()
print(repr(lk).split(' object')[0])
ident = _thread.start_new_thread(lambda: None, ())
time.sleep(0.05)
print(type(ident))
print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX > 0)
