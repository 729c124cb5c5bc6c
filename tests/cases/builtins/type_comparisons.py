print(type(1) is int, type(1.0) is float, type("") is str)
print(type(True) == bool, type(True) == int)
print(type(1) == type(2**100), type(None) is type(None))
