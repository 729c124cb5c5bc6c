# Non-blocking reads of a child's output: a thread moves lines into a queue.
import subprocess, sys, threading, queue
code = 'import time\nfor i in range(5):\n    print("tick", i, flush=True)\n    time.sleep(0.05)\n'
p = subprocess.Popen([sys.executable, '-u', '-c', code], stdout=subprocess.PIPE, text=True, bufsize=1)
q = queue.Queue()
def pump(stream):
    for line in iter(stream.readline, ''):
        q.put(line)
    stream.close()
t = threading.Thread(target=pump, args=(p.stdout,), daemon=True)
t.start()
got = []
while len(got) < 5:
    try:
        got.append(q.get(timeout=5).strip())
    except queue.Empty:
        break
p.wait()
t.join()
print(got, p.returncode)
