print(str(1.0), repr(1.0))
print(str(1e100), repr(1e-100))
print(1.0e0, 10.0, -2.50)
print(str(123.456e5), 1e15 + 0.3)
