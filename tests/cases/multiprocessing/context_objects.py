# get_context/set_start_method as the docs use them: one context object per start
# method, named after CPython's classes, and the traceback of an unknown method.
import multiprocessing as mp
import traceback


def foo(q):
    q.put('hello')


if __name__ == '__main__':
    print(mp.get_start_method(allow_none=True))
    ctx = mp.get_context('spawn')
    q = ctx.Queue()
    p = ctx.Process(target=foo, args=(q,))
    p.start()
    print(q.get())
    p.join()
    print(type(ctx).__name__, ctx.get_start_method())
    ctx2 = mp.get_context('fork')
    print(type(ctx2).__name__, ctx2.get_start_method())
    print(type(ctx2), [c.__name__ for c in type(ctx2).__mro__])
    print(type(mp.get_context('forkserver')).__name__)
    print(mp.get_context('spawn') is mp.get_context('spawn'), ctx.get_context() is ctx)
    print(ctx.get_context('fork') is ctx2)
    print(sorted(mp.get_all_start_methods()))
    try:
        mp.get_context('bogus')
    except ValueError:
        traceback.print_exc()
    mp.set_start_method('fork', force=True)
    print(mp.get_start_method(), type(mp.get_context()).__name__)
    try:
        mp.set_start_method('spawn')
    except RuntimeError as e:
        print('RuntimeError:', e)
    mp.set_start_method('spawn', force=True)
    print(mp.get_start_method(), type(mp.get_context()).__name__)
    q = mp.Queue()
    p = mp.Process(target=foo, args=(q,))
    p.start()
    print(q.get())
    p.join()
