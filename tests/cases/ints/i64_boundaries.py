# Values around the machine-word boundary must transparently become big ints.
big = 2**63 - 1
print(big, big + 1, big + big)
small = -2**63
print(small, small - 1, -small)
print(small // -1, small % -1)
print(abs(small), small * -1)
print(big * 2, big * big)
print((big + 1) - 1 == big)
print(3037000500 * 3037000500)
print(-(2**62) * 2, 2**62 * 2)
print(4611686018427387904 + 4611686018427387904)
