# The frames of an exception from a ThreadPoolExecutor call are those CPython's
# concurrent.futures shows: result, __get_result, the work item's run, the function.
from concurrent.futures import ThreadPoolExecutor
import traceback


def risky(x):
    return {"a": 1}[x]


def names(exc):
    return [frame.name for frame in traceback.extract_tb(exc.__traceback__)]


with ThreadPoolExecutor() as ex:
    fut = ex.submit(risky, "b")
    try:
        fut.result()
    except KeyError as e:
        print(names(e))
    try:
        list(ex.map(risky, ["a", "c"]))
    except KeyError as e:
        print(names(e))
    print(names(fut.exception()))
