# The selectors API over pipes: registration, lookups, modify, select and the errors.
import os
import re
import selectors


class Holder:
    """A file-like object whose fileno() can go away, like a closed socket."""

    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        if self.fd is None:
            raise ValueError("closed")
        return self.fd

    def __repr__(self):
        return "<Holder>"


fd_names = {}


def attempt(label, fn, *args, **kwargs):
    try:
        result = fn(*args, **kwargs)
    except KeyError as e:
        # Descriptor numbers vary between interpreters: name them.
        print(label, "->", "KeyError", re.sub(r"\d+", lambda m: fd_names.get(int(m[0]), m[0]), str(e)))
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", result)


def describe(ready, names):
    return sorted((names[key.fd], mask, key.data) for key, mask in ready)


kinds = [("select", selectors.SelectSelector), ("poll", selectors.PollSelector)]
for label, cls in kinds + [("default", selectors.DefaultSelector)]:
    print("==", label)
    r1, w1 = os.pipe()
    r2, w2 = os.pipe()
    names = {r1: "r1", w1: "w1", r2: "r2", w2: "w2"}
    fd_names.update(names)
    sel = cls()
    print(isinstance(sel, selectors.BaseSelector))
    key = sel.register(r1, selectors.EVENT_READ, "first")
    print(type(key).__name__, key.fd == r1, key.events, key.data, key.fileobj == r1)
    holder = Holder(w2)
    sel.register(holder, selectors.EVENT_WRITE)
    m = sel.get_map()
    print(len(m), r1 in m, w1 in m, m[r1].data, m[holder].events)
    print(sorted(names[fd] for fd in m))
    attempt("mapping missing", lambda: m[w1])
    attempt("get_key missing", sel.get_key, w1)
    attempt("register again", sel.register, r1, selectors.EVENT_READ)
    attempt("bad events 0", sel.register, r2, 0)
    attempt("bad events 4", sel.register, r2, 4)
    attempt("bad fileobj", sel.register, "nope", selectors.EVENT_READ)
    attempt("negative fd", sel.register, -99, selectors.EVENT_READ)
    attempt("unregister missing", sel.unregister, w1)
    attempt("modify missing", sel.modify, w1, selectors.EVENT_READ)

    print("nothing readable:", describe(sel.select(0), names))
    os.write(w1, b"x")
    print("after write:", describe(sel.select(timeout=1), names))
    print("negative timeout:", describe(sel.select(-5), names))

    same = sel.modify(r1, selectors.EVENT_READ, "first")
    print("modify same:", same == sel.get_key(r1), same.data)
    changed = sel.modify(r1, selectors.EVENT_READ, "renamed")
    print("modify data:", changed.data, sel.get_key(r1).data, changed.events)
    both = sel.modify(r1, selectors.EVENT_READ | selectors.EVENT_WRITE, "both")
    print("modify events:", both.events, both.data, sel.get_key(r1).events)

    # A file object that no longer has a descriptor is still found by identity.
    holder.fd = None
    print("closed lookup:", sel.get_key(holder).fd == w2)
    gone = sel.unregister(holder)
    print("unregistered:", gone.fd == w2, len(sel.get_map()))
    attempt("closed unknown", sel.unregister, Holder(None))
    attempt("closed get_key", sel.get_key, holder)

    sel.close()
    print("map after close:", sel.get_map())
    attempt("get_key closed", sel.get_key, r1)

    with cls() as s2:
        s2.register(r2, selectors.EVENT_READ)
        os.write(w2, b"y")
        print("with:", describe(s2.select(), names))
    print("after with:", s2.get_map())
    for fd in (r1, w1, r2, w2):
        os.close(fd)

print(selectors.EVENT_READ, selectors.EVENT_WRITE)
print(selectors.SelectorKey._fields)
k = selectors.SelectorKey("f", 3, 1, None)
print(k)
try:
    selectors.BaseSelector()
except TypeError as e:
    print("TypeError", e)


class Minimal(selectors.BaseSelector):
    def __init__(self):
        self.calls = []

    def register(self, fileobj, events, data=None):
        self.calls.append(("register", fileobj, events, data))
        return "registered"

    def unregister(self, fileobj):
        self.calls.append(("unregister", fileobj))

    def select(self, timeout=None):
        return []

    def get_map(self):
        return None


mini = Minimal()
print(mini.modify(7, 1, "d"), mini.calls)
attempt("minimal get_key", mini.get_key, 7)
print(mini.close(), mini.__enter__() is mini)
