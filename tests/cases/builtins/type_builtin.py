def f():
    pass

print(type(3), type(3.0), type("a"))
print(type(None), type(True), type(2**100))
print(type((1,)), type([]), type(range(3)))
print(type(f), type(print), type(type(3)))
