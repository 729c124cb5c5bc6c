# concurrent.futures' classes live in its _base, thread and process submodules, which
# an uncaught CancelledError's report names.
import concurrent.futures
import concurrent.futures._base as base
import concurrent.futures.thread
print(base.Future is concurrent.futures.Future, base.CancelledError)
print(concurrent.futures.ThreadPoolExecutor, concurrent.futures.ProcessPoolExecutor)
def boom():
    raise concurrent.futures.CancelledError("stop")
with concurrent.futures.ProcessPoolExecutor(1) as ex:
    f = ex.submit(boom)
    try:
        f.result()
    except concurrent.futures.CancelledError as e:
        print("got", repr(e))
with concurrent.futures.ThreadPoolExecutor(1) as ex:
    f = ex.submit(boom)
    concurrent.futures.wait([f])
    f.result()
