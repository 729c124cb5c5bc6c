import concurrent.futures as cf

def divide(a, b):
    return a / b

ex = cf.ThreadPoolExecutor(2)
ok = ex.submit(divide, 1, 4)
bad = ex.submit(divide, 1, 0)
print(ok.result(), ok.done(), ok.cancelled(), ok.exception())
print(repr(bad.exception()))
try:
    bad.result()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
seen = []
ok.add_done_callback(lambda f: seen.append(f.result()))
print(seen)
done, not_done = cf.wait([ok, bad], return_when=cf.ALL_COMPLETED)
print(len(done), len(not_done))
ex.shutdown(wait=True)
try:
    cf.ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print(e)
f = cf.Future()
print(f.done(), f.cancel(), f.cancelled())
try:
    f.result()
except cf.CancelledError:
    print("CancelledError")
