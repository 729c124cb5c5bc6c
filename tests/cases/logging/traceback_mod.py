import sys
import traceback


def fail():
    raise KeyError("missing")


try:
    fail()
except KeyError as e:
    print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1]))
    print(traceback.format_exc(), end="")
    print("".join(traceback.format_exception(e)), end="")
print(sys.exc_info(), traceback.format_exc(), end="")
