# sys.flags (the fields the harness's environment does not vary), sys.maxunicode, and
# the standard streams' fileno() and isatty() (not terminals under the harness).
import sys

print(repr(sys.flags).split("(")[0], sys.flags.debug, sys.flags.isolated, sys.flags.hash_randomization,
      sys.flags.int_max_str_digits, sys.flags.safe_path)
print(type(sys.flags).__name__, sys.flags.optimize, sys.flags.dev_mode, sys.flags[3], len(sys.flags))
print(sys.maxunicode, sys.stdin.fileno(), sys.stdout.fileno(), sys.stderr.fileno())
print(sys.stdin.isatty(), sys.stdout.isatty(), sys.stderr.isatty())
