import timeit
t = timeit.timeit("x = sum(range(10))", number=100)
print(type(t).__name__, t >= 0)
print(timeit.Timer("y = a * 2", setup="a = 21").timeit(5) >= 0)
print(timeit.timeit("f()", setup="def f(): return 1", number=3) >= 0)
print(timeit.timeit("z = q + 1", globals={"q": 1}, number=3) >= 0)
print(len(timeit.repeat("for i in range(3):\n    pass", repeat=2, number=2)))
t = timeit.Timer("total += 1", setup="total = 0")
print(t.timeit(10) >= 0)
try:
    timeit.timeit("undefined_name", number=1)
except NameError as e:
    print("NameError:", e)
