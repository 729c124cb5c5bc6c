# Builtin and C functions such as os.getpid have no __module__; they still travel
# to pool workers, found in the module that holds them, as pickle does.
import math
import os
from multiprocessing import Pool
from concurrent.futures import ProcessPoolExecutor

if __name__ == '__main__':
    with Pool(2) as pool:
        print(pool.map(abs, [-1, 2, -3]))
        print(pool.map(math.sqrt, [4, 9]))
        print(pool.apply_async(os.getpid).get(timeout=10) != os.getpid())
        print(pool.starmap(divmod, [(7, 2), (9, 4)]))
        print(pool.apply(len, ("abc",)))
    with ProcessPoolExecutor(max_workers=1) as ex:
        print(ex.submit(os.getpid).result() != os.getpid())
        print(list(ex.map(math.factorial, [3, 4, 5])))
