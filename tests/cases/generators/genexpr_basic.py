# Generator expressions: lazy, one pass, their own scope.
print(sum(x * x for x in range(10)))
squares = (x * x for x in range(5))
print(type(squares).__name__, squares.__name__)
print(next(squares), next(squares))
print(list(squares))
print(list(squares))
print(list((x, y) for x in range(3) for y in "ab" if x != 1))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(sorted((c for c in "hello"), reverse=True))
x = "outer"
print(list(x for x in "ab"), x)
def f(n):
    return (i * n for i in range(3))
print(f(3).__qualname__, list(f(3)))
print(list(x + y for x in range(3) if x for y in range(x)))
