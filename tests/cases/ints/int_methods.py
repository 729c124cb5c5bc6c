for n in [0, 1, -1, 5, 255, -256, 2 ** 64, -(2 ** 100) + 1, True, False]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(), n.real, n.imag, n.numerator, n.denominator)
print(type(True.real).__name__, type(True.conjugate()).__name__, (10 ** 30).bit_length())
try:
    (5).bit_length(1)
except TypeError as e:
    print("TypeError:", e)
