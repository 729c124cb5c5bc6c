import sys

print(sys.int_info)
print(sys.int_info.bits_per_digit, sys.int_info[1], len(sys.int_info))
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.algorithm)
print(hash(float("inf")) == sys.hash_info.inf, hash(2**61 - 1), hash(sys.hash_info.modulus + 5))
print(hash(1j) == sys.hash_info.imag)
print(type(sys.int_info).__name__, isinstance(sys.hash_info, tuple))
