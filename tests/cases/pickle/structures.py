# Shared and recursive structures keep their identity; dump/load with files,
# several pickles in one file.
import io
import os
import pickle
import tempfile


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None


root = Node('root')
for n in ('a', 'b'):
    child = Node(n)
    child.parent = root
    root.children.append(child)
d = pickle.dumps(root)
print(len(d), d)
r = pickle.loads(d)
print(r.name, [c.name for c in r.children], r.children[1].parent is r)

lst = [1]
lst.append(lst)
d = pickle.dumps(lst)
print(d)
r = pickle.loads(d)
print(r[1] is r, r)

dct = {}
dct['self'] = dct
r = pickle.loads(pickle.dumps(dct))
print(r['self'] is r)

shared = [1, 2]
data = [shared, shared, (shared,), {'k': shared}]
d = pickle.dumps(data)
print(d)
r = pickle.loads(d)
print(r[0] is r[1] is r[2][0] is r[3]['k'])

t = ([],)
t[0].append(t)
d = pickle.dumps(t)
print(d)
r = pickle.loads(d)
print(r[0][0] is r)
fs = frozenset([1, 2])
print(pickle.dumps([fs, fs]))
s = 'shared string'
print(pickle.dumps([s, s, s]))

buf = io.BytesIO()
pickle.dump({'a': 1}, buf)
pickle.dump([2, 3], buf)
pickle.dump('three', buf, protocol=0)
print(buf.getvalue())
buf.seek(0)
print(pickle.load(buf), pickle.load(buf), pickle.load(buf))
try:
    pickle.load(buf)
except EOFError as e:
    print('EOFError:', e)

path = os.path.join(tempfile.mkdtemp(), 'save.pkl')
game = {'level': 3, 'inventory': ['sword', 'key'], 'pos': (1.5, -2.0)}
with open(path, 'wb') as f:
    pickle.dump(game, f)
with open(path, 'rb') as f:
    print(pickle.load(f) == game)
print(os.path.getsize(path))
os.remove(path)

out = io.BytesIO()
pickler = pickle.Pickler(out)
pickler.dump([1, 2])
pickler.dump('x')
out.seek(0)
u = pickle.Unpickler(out)
print(u.load(), u.load())
