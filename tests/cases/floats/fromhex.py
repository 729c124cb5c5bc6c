cases = ["0x1.8p1", "1.8p1", "  -0x1p-2  ", "0X1P+10", "0x.8", "0x1.", "ff", "inf", "-Infinity", "nan",
         "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023", "0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075",
         "0x1.00000000000008p0", "0x1.00000000000018p0", "0x0p0", "-0x0p5", "0x1p-1022", "0x0.fffffffffffffp-1022",
         "0x1.23456789abcdef0123p10", "0x" + "f" * 40, "1p+0", "0x1p99999999999999999999999999999999999999"[:20]]
for c in cases:
    try:
        print(repr(c), float.fromhex(c))
    except (ValueError, OverflowError) as e:
        print(repr(c), type(e).__name__, e)
for bad in ["", "0x", "0x1p", "0x1.2.3", "x1", "0xg", "1e5", "0x1p1.5", "- 0x1", "0x1p+-1", "0x1p1024", "0x2p1023"]:
    try:
        float.fromhex(bad)
    except (ValueError, OverflowError) as e:
        print(repr(bad), type(e).__name__, e)
for x in [0.1, 1e300, 5e-324, -2.5, 1 / 3]:
    print(x, float.fromhex(x.hex()) == x)
class F(float):
    pass
f = F.fromhex("0x1p3")
print(type(f).__name__, f)
try:
    float.fromhex(5)
except TypeError as e:
    print(e)
print((0.5).fromhex("0x1p1"))
