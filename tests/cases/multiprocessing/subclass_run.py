from multiprocessing import Process

class Worker(Process):
    def __init__(self, n):
        super().__init__()
        self.n = n

    def run(self):
        print(self.name, "computes", sum(range(self.n)))

workers = [Worker(10), Worker(100)]
for w in workers:
    w.start()
    w.join()
print([w.exitcode for w in workers])
named = Process(target=print, args=("named",), name="custom")
named.start()
named.join()
print(named.name)
