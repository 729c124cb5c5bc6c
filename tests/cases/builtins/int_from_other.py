print(int(), int(True), int(False))
print(int(3.9), int(-3.9), int(-0.0))
print(int(7), int(2**70))
print(type(int("5")))
