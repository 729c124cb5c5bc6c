import multiprocessing as mp
for args in [('z',), ('i', 1.5)]:
    try:
        mp.Value(*args)
    except Exception as e:
        print(type(e).__name__, e)
a = mp.Array('i', 2)
for k in (5, -3):
    try: a[k]
    except Exception as e: print(type(e).__name__, e)
try: a[0:2] = [1]
except Exception as e: print(type(e).__name__, e)
l = mp.Lock(); l.acquire(); print(l.acquire(False), l.acquire(timeout=0.01)); l.release()
try: l.release()
except Exception as e: print(type(e).__name__, e)
try: mp.Pool(processes=-1)
except Exception as e: print(type(e).__name__, e)
c1, c2 = mp.Pipe(); c1.close()
try: c1.send(1)
except Exception as e: print(type(e).__name__, e)
r, w = mp.Pipe(False)
try: r.send(1)
except Exception as e: print(type(e).__name__, e)
try: w.recv()
except Exception as e: print(type(e).__name__, e)
