# traceback's functions of the current stack: extract_stack, format_stack, print_stack.
import traceback, sys, io

def leaf():
    traceback.print_stack(file=sys.stdout)
    print("--")
    for fs in traceback.extract_stack():
        print(fs.filename, fs.lineno, fs.name, repr(fs.line))
    print(traceback.format_stack(limit=1))
    print(len(traceback.extract_stack(limit=2)), traceback.extract_stack(limit=-1)[0].name)
    x = traceback.format_stack(sys._getframe(1))
    print(x)

def mid(n):
    if n:
        return mid(n - 1)
    result = leaf()
    return result

mid(2)
print(traceback.format_list([("a.py", 3, "f", "x = 1"), ("b.py", 4, "g", None)]))
traceback.print_list([("a.py", 3, "f", "  x = 1  ")], file=sys.stdout)
def deep(n):
    if n == 0:
        traceback.print_stack(file=sys.stdout)
        return
    deep(n - 1)
deep(6)
s = traceback.extract_stack()
print(type(s).__name__, s[-1].name, s[-1].lineno)
