import multiprocessing as mp

def greet(name, times=1):
    for _ in range(times):
        print("hello", name, "from", mp.current_process().name)

p = mp.Process(target=greet, args=("bob",), kwargs={"times": 2})
print(p.name, p.is_alive(), p.exitcode)
p.start()
p.join()
print(p.exitcode, p.is_alive())
print(mp.current_process().name)
