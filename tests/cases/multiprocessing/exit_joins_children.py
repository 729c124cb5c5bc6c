# The parent waits for non-daemon children at exit; daemonic ones are terminated.
import multiprocessing
import time

def slow():
    time.sleep(0.2)
    print("non-daemon child finished")

def forever():
    time.sleep(30)
    print("never printed")

multiprocessing.Process(target=forever, daemon=True).start()
multiprocessing.Process(target=slow).start()
print("main body ends")
