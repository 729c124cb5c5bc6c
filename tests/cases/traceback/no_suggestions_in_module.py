import traceback
try:
    prnt("x")
except NameError:
    print(traceback.format_exc())


class P:
    colour = "red"


try:
    P().color
except AttributeError:
    traceback.print_exc()
    print(traceback.format_exception_only(*__import__("sys").exc_info()[:2]))
