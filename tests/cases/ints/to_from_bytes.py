# int.to_bytes and int.from_bytes, signed and unsigned, both byte orders.
print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="little"))
print((0).to_bytes(0, "big"), (0).to_bytes(3, "big"), (65).to_bytes(1, "big"), (5).to_bytes())
print((-1).to_bytes(2, "big", signed=True), (-128).to_bytes(1, "big", signed=True))
print((127).to_bytes(1, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print((2**64).to_bytes(9, "big"), (True).to_bytes(1, "big"))
print(int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\x01\x00", "big"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x80"), "big", signed=True))
print(int.from_bytes(b"", "big"), int.from_bytes(b"\x00" * 10 + b"\x01", "big"), int.from_bytes(b"\x02"))
n = 123456789
print(int.from_bytes(n.to_bytes(8, "little"), "little") == n)
for call in [
    lambda: (256).to_bytes(1, "big"),
    lambda: (128).to_bytes(1, "big", signed=True),
    lambda: (-1).to_bytes(1, "big"),
    lambda: (1).to_bytes(1, "middle"),
    lambda: (1).to_bytes(-1, "big"),
    lambda: int.from_bytes([256], "big"),
    lambda: int.from_bytes(),
]:
    try:
        print(call())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
