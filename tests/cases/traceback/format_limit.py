# The limit argument of the traceback functions: outermost entries, innermost for a
# negative limit, per exception of a chain.
import traceback, sys
def deep(n):
    if n == 0: raise ValueError("x")
    deep(n-1)
def outer():
    try: deep(2)
    except ValueError as e: raise KeyError("k") from e
try: outer()
except KeyError:
    for lim in [0, 1, 2, -1, -2, 10, None]:
        print(lim, "=====")
        print(traceback.format_exc(limit=lim), end="")
    traceback.print_exc(limit=1, file=sys.stdout)
    print(traceback.format_exception(*sys.exc_info(), limit=-1))
    traceback.print_exception(*sys.exc_info(), limit=2, file=sys.stdout)
    print(traceback.format_tb(sys.exc_info()[2], limit=1))
    traceback.print_tb(sys.exc_info()[2], limit=-1, file=sys.stdout)
    print(traceback.extract_tb(sys.exc_info()[2], limit=1))
