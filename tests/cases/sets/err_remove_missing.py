s = {1, 2}
try:
    s.remove('a')
except KeyError as e:
    print(repr(e))
s.remove(3)
