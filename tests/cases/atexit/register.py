import atexit
import sys


def goodbye(name, punctuation="!"):
    print(f"goodbye {name}{punctuation}")


@atexit.register
def first():
    print("registered first, runs last")


atexit.register(goodbye, "world")
atexit.register(goodbye, "friend", punctuation="?")
atexit.register(print, "removed")
atexit.unregister(print)


class Quits:
    def __call__(self, code):
        print("SystemExit in a callback is reported")
        sys.exit(code)

    def __repr__(self):
        return "<Quits>"


class Fails:
    def __call__(self):
        raise ValueError("callback failed")

    def __repr__(self):
        return "<Fails>"


atexit.register(Quits(), 3)
atexit.register(Fails())
print("main body done")
raise RuntimeError("uncaught, then the callbacks run")
