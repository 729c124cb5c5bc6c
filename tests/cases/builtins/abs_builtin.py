print(abs(-5), abs(5), abs(0))
print(abs(-2.5), abs(-0.0), abs(float("-inf")))
print(abs(-2**100), abs(True), abs(False))
print(type(abs(-1)), type(abs(-1.0)))
