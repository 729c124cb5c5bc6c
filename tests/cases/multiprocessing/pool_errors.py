from multiprocessing import Pool

def check(x):
    if x == 3:
        raise ValueError("bad value %d" % x)
    return x

errors = []
with Pool(2) as pool:
    try:
        pool.map(check, range(5))
    except ValueError as e:
        print("map raised", type(e).__name__, e)
    r = pool.apply_async(check, (3,), error_callback=errors.append)
    r.wait()
    print(r.ready(), r.successful(), [repr(e) for e in errors])
    try:
        r.get()
    except ValueError as e:
        print("get raised", e)
try:
    Pool(0)
except ValueError as e:
    print(e)
try:
    with Pool(1) as p:
        p.close()
        p.join()
        p.apply(check, (1,))
except ValueError as e:
    print(e)
