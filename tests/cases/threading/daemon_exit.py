import threading
import time

def forever():
    while True:
        time.sleep(0.01)

def spin():
    while True:
        pass

threading.Thread(target=forever, daemon=True).start()
threading.Thread(target=spin, daemon=True).start()
print("main done")
