import multiprocessing

def deposit(balance, amount, times):
    for _ in range(times):
        with balance.get_lock():
            balance.value += amount

balance = multiprocessing.Value('d', 100.0)
workers = [multiprocessing.Process(target=deposit, args=(balance, 0.5, 200)) for _ in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(balance.value)
flag = multiprocessing.Value('b')
print(flag.value)
