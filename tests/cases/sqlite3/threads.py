# SQLite connections and threads: by default a connection belongs to the thread that
# made it; check_same_thread=False shares one, guarded by a lock; or each thread
# connects on its own to a shared file.
import os
import sqlite3
import tempfile
import threading

conn = sqlite3.connect(":memory:")
conn.execute("CREATE TABLE log (worker INTEGER, n INTEGER)")
errors = []


def use_foreign():
    try:
        conn.execute("SELECT 1")
    except sqlite3.ProgrammingError as e:
        errors.append(str(e).split(".")[0])


t = threading.Thread(target=use_foreign)
t.start()
t.join()
print(errors)

shared = sqlite3.connect(":memory:", check_same_thread=False)
shared.execute("CREATE TABLE log (worker INTEGER, n INTEGER)")
lock = threading.Lock()


def worker(w):
    for n in range(50):
        with lock:
            shared.execute("INSERT INTO log VALUES (?, ?)", (w, n))
    with lock:
        shared.commit()


threads = [threading.Thread(target=worker, args=(w,)) for w in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(shared.execute("SELECT worker, COUNT(*), SUM(n) FROM log GROUP BY worker ORDER BY worker").fetchall())

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "jobs.db")
    with sqlite3.connect(path) as setup:
        setup.execute("CREATE TABLE jobs (id INTEGER PRIMARY KEY, owner TEXT)")
    setup.close()

    def own_connection(name):
        db = sqlite3.connect(path, timeout=10)
        with db:
            db.executemany("INSERT INTO jobs (owner) VALUES (?)", [(name,)] * 20)
        db.close()

    threads = [threading.Thread(target=own_connection, args=(f"t{i}",)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    db = sqlite3.connect(path)
    print(db.execute("SELECT owner, COUNT(*) FROM jobs GROUP BY owner ORDER BY owner").fetchall())
    db.close()
