# The decimal conversion limit of CPython 3.11, which sys.set_int_max_str_digits moves.
import sys

big = 3 ** 10000
print(sys.get_int_max_str_digits(), big.bit_length())
for convert in [lambda: str(big), lambda: int("7" * 5000), lambda: f"{big}"]:
    try:
        convert()
    except ValueError as e:
        print("ValueError:", e)
for bad in [5, -1, 639]:
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print("ValueError:", e)
sys.set_int_max_str_digits(maxdigits=5000)
print(sys.get_int_max_str_digits(), len(str(big)), int("7" * 4999) % 1000)
sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits(), len(str(big ** 2)), str(big)[:20])
sys.set_int_max_str_digits(640)
print(len(str(10 ** 639)))
print(len(str(10 ** 640)))
