import threading
import time

def slow():
    time.sleep(0.05)
    print("worker finished after main")

threading.Thread(target=slow).start()
print("main done")
