# A failure in a ThreadPoolExecutor call re-raised by result() shows the frames CPython's
# concurrent.futures has: result, __get_result, the work item's run.
import concurrent.futures
import threading
import traceback


def divide(x):
    return 100 / x


release = threading.Event()

with concurrent.futures.ThreadPoolExecutor(max_workers=2) as executor:
    blocked = executor.submit(release.wait)
    try:
        blocked.result(timeout=0.01)
    except concurrent.futures.TimeoutError:
        traceback.print_exc()
    release.set()
    futures = {executor.submit(divide, x): x for x in (5, 0)}
    concurrent.futures.wait(futures)
    for future, x in sorted(futures.items(), key=lambda item: item[1]):
        try:
            print(x, future.result())
        except ZeroDivisionError:
            traceback.print_exc()
    failed = executor.submit(divide, 0)
    concurrent.futures.wait([failed])
    print(failed.result())
