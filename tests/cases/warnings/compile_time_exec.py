# Warnings of code compiled at run time go through the warnings filters then.
import warnings

x = 1
exec("print(x is 1)")
exec("y = 2\nprint((1, 2)[3, 4] if 0 else 0)")
c = compile("x is not 'a'", "nofile.py", "eval")
print(eval(c))
# Each compilation warns again: there is no registry.
for _ in range(2):
    exec("x is 2")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    compile("x is 1\n(1,2)(3)", "nofile.py", "exec")
    compile("assert (x, 'm')", "<s>", "exec")
for m in w:
    print(m.category.__name__, m.message, m.filename, m.lineno, m.line)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    exec("print(1 is 1)")
with warnings.catch_warnings():
    warnings.simplefilter("error")
    for src in ["x is 1", "x is (1, 2)", "[1,2][1.5]"]:
        try:
            compile(src, "<s>", "eval")
        except SyntaxError as e:
            print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
            print(e.args, e.text)
    try:
        exec("a = 1\nb = 5[0]\n")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    # A filter for another category leaves the warning alone.
    warnings.simplefilter("default")
    warnings.filterwarnings("error", category=DeprecationWarning)
    exec("x is 3")
with warnings.catch_warnings():
    warnings.filterwarnings("error", message=".*comma")
    try:
        exec("print(x is 4)\n[1]()")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)


def show(message, category, filename, lineno, file=None, line=None):
    print("show:", message, category.__name__, filename, lineno)


warnings.showwarning = show
exec("f = lambda: {1}()\ng = lambda: ()[()]")
exec("print(x is 1 is 2, 1 is x, -1 is x, x is None, x is ..., x is True, x is (), x is f'')")
exec("while x is 2: x = 1")
exec("print(5 if x is 3.5 else 6)")


def raising(*args):
    raise KeyError("from showwarning")


warnings.showwarning = raising
try:
    exec("x is 5")
except KeyError as e:
    print("KeyError", e)

# Uncaught: CPython's compiler has no file to show the line of code from.
warnings.showwarning = warnings._showwarning_orig
warnings.simplefilter("error")
exec("y = 1\nx is 1")
