# os.utime: seconds, nanoseconds, now, directories and the argument errors.
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "f")
open(p, "w").close()
os.utime(p, (1.5, 1_000_000_000.25))
st = os.stat(p); print(st.st_atime, st.st_mtime)
os.utime(p, ns=(3_000_000_001, 5_000_000_000))
st = os.stat(p); print(st.st_atime, st.st_mtime)
os.utime(p, None); print(os.stat(p).st_mtime > 1e9)
os.utime(d, (7, 8)); print(os.stat(d).st_mtime)
for a, k in [((p, 5), {}), ((p,), {"ns": 5}), ((p, (1, 2)), {"ns": (1, 2)}), ((p + "x", (1, 2)), {}), ((p, (1,)), {})]:
    try: os.utime(*a, **k)
    except Exception as e: print(type(e).__name__, str(e).replace(d, "D"))
os.remove(p); os.rmdir(d)

# os.access answers with a bool, never an error.
print(os.access("/bin/sh", os.X_OK), os.access("/nonexistent/x", os.F_OK), os.access(".", os.F_OK | os.R_OK))
d = tempfile.mkdtemp()
p = os.path.join(d, "plain")
open(p, "w").close()
os.chmod(p, 0o644)
print(os.access(p, os.X_OK), os.access(p, os.R_OK), os.access(p, mode=os.F_OK))
try:
    os.access("/")
except TypeError as e:
    print(e)
os.remove(p)
os.rmdir(d)
