from multiprocessing import Process, Pipe

def child(conn):
    msg = conn.recv()
    conn.send(("got", msg, len(msg)))
    conn.send([b"bytes", 2 ** 100, -3.25, {"nested": (1, [2, {3}])}])
    conn.close()

parent_conn, child_conn = Pipe()
p = Process(target=child, args=(child_conn,))
p.start()
parent_conn.send("hello child")
print(parent_conn.recv())
print(parent_conn.recv())
p.join()
print(parent_conn.poll())
r, w = Pipe(duplex=False)
w.send(None)
print(r.poll(0.1), r.recv())
