from multiprocessing import Pool

def double(x):
    return 2 * x

results = []
pool = Pool(2)
for i in range(6):
    pool.apply_async(double, (i,), callback=results.append)
pool.map_async(double, [10, 20], callback=lambda rs: results.append(tuple(rs)))
pool.close()
pool.join()
print(sorted(results, key=str))
