"""A module docstring, which becomes __doc__."""
import sys

print(__doc__)
print(sys.version_info[:2] >= (3, 8), sys.version_info.major, sys.version_info.minor)
print(sys.version_info.releaselevel, sys.version_info >= (3, 11), len(sys.version_info))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info.min == 2.2250738585072014e-308, sys.float_info[0] == sys.float_info.max)
