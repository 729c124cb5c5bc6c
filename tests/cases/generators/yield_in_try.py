# Yields inside try/except/finally keep their handlers across suspension.
def gen():
    for i in range(4):
        try:
            if i == 2:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield f"caught {e}"
        finally:
            print("finally", i)
    try:
        yield "in try"
    finally:
        yield "in finally"

for v in gen():
    print(v)
