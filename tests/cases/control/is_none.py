x = None
print(x is None, x is not None)
y = 0
print(y is None, y is not None, not y is None)
print(None is None, None == None, None != 0)
def nothing():
    pass
print(nothing() is None)
