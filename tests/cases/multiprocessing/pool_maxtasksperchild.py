import multiprocessing
import os

def pid_of(x):
    return os.getpid()

def init():
    print('init', flush=True)

if __name__ == '__main__':
    with multiprocessing.Pool(2, maxtasksperchild=1) as pool:
        pids = pool.map(pid_of, range(6), chunksize=1)
        print(len(pids), len(set(pids)))
    try:
        multiprocessing.Pool(2, maxtasksperchild=0)
    except ValueError as e:
        print('ValueError:', e)
    try:
        multiprocessing.Pool(2, maxtasksperchild='x')
    except ValueError as e:
        print('ValueError:', e)
    pool = multiprocessing.Pool(1, maxtasksperchild=3)
    r = [pool.apply_async(pid_of, (i,)) for i in range(7)]
    pool.close()
    pool.join()
    print(len({x.get() for x in r}))
