import threading

# The worker cannot finish before the main body does, whatever the scheduling: the
# interpreter still waits for it at exit.
main_done = threading.Event()

def slow():
    main_done.wait()
    print("worker finished after main")

threading.Thread(target=slow).start()
print("main done")
main_done.set()
