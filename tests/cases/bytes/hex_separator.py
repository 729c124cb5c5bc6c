# bytes.hex(sep, bytes_per_sep): groups counted from the right, or the left when negative.
data = bytes(range(1, 8))
for args in [(), (":",), ("-", 2), ("-", -2), (b" ", 3), (".", -3), ("_", 7), ("|", 10), (":", 0)]:
    print(args, data.hex(*args), bytearray(data).hex(*args))
print(b"".hex(":"), b"\xff".hex(":", 2), "héllo".encode().hex(" "))
for bad in [("ab",), (1,), ("",)]:
    try:
        data.hex(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
