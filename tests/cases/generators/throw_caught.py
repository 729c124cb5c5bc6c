# throw() raises at the paused yield; the generator may handle it and go on.
def worker():
    while True:
        try:
            value = yield "ready"
            print("working on", value)
        except ValueError as e:
            print("recovered from", repr(e))
        except KeyError:
            print("key error, stopping")
            return "stopped"

w = worker()
print(next(w))
print(w.send(1))
print(w.throw(ValueError("bad input")))
print(w.throw(ValueError))
try:
    w.throw(KeyError, "k")
except StopIteration as e:
    print("StopIteration", e.value)
try:
    w.throw(RuntimeError("after end"))
except RuntimeError as e:
    print("finished generator re-raised:", e)
