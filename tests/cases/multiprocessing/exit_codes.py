import multiprocessing as mp
import sys
import time

def leave(code):
    sys.exit(code)

for code in (0, 3, None):
    p = mp.Process(target=leave, args=(code,))
    p.start()
    p.join()
    print("sys.exit", code, "->", p.exitcode)

p = mp.Process(target=time.sleep, args=(10,))
p.start()
p.terminate()
p.join()
print("terminate ->", p.exitcode)

p = mp.Process(target=time.sleep, args=(10,))
p.start()
p.kill()
p.join()
print("kill ->", p.exitcode)

p = mp.Process(target=time.sleep, args=(0.5,))
p.start()
p.join(0.05)
print("after timeout:", p.is_alive(), p.exitcode)
p.join()
print("after join:", p.is_alive(), p.exitcode)
