print(...)
print(repr(...), str(Ellipsis), type(...).__name__)
print(... is Ellipsis, ... == ..., bool(...))
x = [..., 1]
print(x)
def stub():
    ...
print(stub())
