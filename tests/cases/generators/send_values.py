# `yield` is an expression: send() supplies its value.
def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total

acc = accumulate()
print(acc.send(None))
print(acc.send(5))
print(acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print("finished with", e.value)

def echo():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    print(received)

e = echo()
print(next(e))
print(e.send("a"))
print(e.send("b"))
try:
    e.send("c")
except StopIteration:
    print("done")
