# What dis refuses, with CPython's messages (the listings themselves are gilpy's own
# instructions and are tested in tests/dis.rs).
import dis

for x in (3, len, [1, 2], None.__class__):
    try:
        dis.dis(x)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    dis.dis()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    dis.dis(x=3, depth=1, colour=True)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dis.dis("a b")
except SyntaxError as e:
    print(type(e).__name__)
try:
    dis.get_instructions(42)
except TypeError as e:
    print(type(e).__name__, e)
print(dis.Instruction.__name__)
