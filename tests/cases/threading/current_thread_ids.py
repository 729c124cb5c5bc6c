import threading

seen = {}
lock = threading.Lock()

def worker():
    me = threading.current_thread()
    with lock:
        seen[me.name] = (me.ident == threading.get_ident(), me.native_id == threading.get_native_id())

threads = [threading.Thread(target=worker, name=f"w{i}") for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(seen.items()))
idents = {}
for t in threads:
    idents[t.ident] = t.name
print(len(idents) >= 1, None not in idents, threading.get_ident() == threading.main_thread().ident)
print(threading.current_thread().name)
