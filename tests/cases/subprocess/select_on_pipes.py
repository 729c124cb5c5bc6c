# Waiting on two children's pipes with select.
import select, subprocess, sys
a = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(0.6); print("slow")'], stdout=subprocess.PIPE)
b = subprocess.Popen([sys.executable, '-c', 'print("fast")'], stdout=subprocess.PIPE)
pending = {a.stdout: 'a', b.stdout: 'b'}
order = []
while pending:
    ready, _, _ = select.select(list(pending), [], [], 5)
    for f in ready:
        line = f.readline()
        if line:
            order.append((pending[f], line.strip()))
        else:
            del pending[f]
            f.close()
print(order, a.wait(), b.wait())
