import multiprocessing

def square(x):
    print(x, "squared is", x * x)

if __name__ == "__main__":
    multiprocessing.set_start_method("fork")
    print(multiprocessing.get_start_method())
    jobs = []
    for i in range(3):
        p = multiprocessing.Process(target=square, args=(i,))
        jobs.append(p)
        p.start()
        p.join()
    print("all done")
