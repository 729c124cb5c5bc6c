print(not True, not False, not 0, not 1)
print(not "", not "a", not None, not 0.0)
print(not not 5, not 1 == 2, (not 1) == 2)
print(not (1, ), not ())
