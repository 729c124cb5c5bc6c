def f():
    pass

f()()
