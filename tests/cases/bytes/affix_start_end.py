for b in (b"hello world", bytearray(b"hello world")):
    print(b.startswith(b"world", 6), b.startswith(b"hello", 1), b.endswith(b"hello", 0, 5), b.startswith((b"x", b"wor"), 6, 9), b.startswith(b"", 11), b.startswith(b"", 12), b.endswith(b"ld", -2), b.startswith(b"o w", 4, 6))
try: b"x".startswith()
except TypeError as e: print(e)
try: b"x".startswith(b"", 1, 2, 3)
except TypeError as e: print(e)
try: b"x".startswith("x")
except TypeError as e: print(e)
