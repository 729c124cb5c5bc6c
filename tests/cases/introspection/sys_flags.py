import sys

f = sys.flags
# The environment decides dont_write_bytecode; everything else is fixed for a plain run.
print(repr(f).replace(f"dont_write_bytecode={f.dont_write_bytecode}", "dont_write_bytecode=?"))
print(type(f).__name__, len(f), f[0], f[-1], f[:3])
print(f.debug, f.inspect, f.interactive, f.optimize, f.hash_randomization)
print(f.dev_mode, f.safe_path, type(f.dev_mode).__name__, f.int_max_str_digits)
print(f.dont_write_bytecode in (0, 1), isinstance(f, tuple))
try:
    f.debug = 1
except AttributeError as e:
    print("AttributeError")
