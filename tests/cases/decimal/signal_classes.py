# The exception classes of decimal: their bases, how they are caught, and their reprs.
import decimal

names = ["DecimalException", "Clamped", "InvalidOperation", "ConversionSyntax",
         "DivisionByZero", "DivisionImpossible", "DivisionUndefined", "Inexact",
         "InvalidContext", "Rounded", "Subnormal", "Overflow", "Underflow", "FloatOperation"]
for n in names:
    cls = getattr(decimal, n)
    print(n, [b.__name__ for b in cls.__bases__], cls.__module__)
    print("  ", [b.__name__ for b in cls.__mro__])
print(issubclass(decimal.DivisionByZero, ZeroDivisionError))
print(issubclass(decimal.FloatOperation, TypeError))
print(issubclass(decimal.Underflow, decimal.Subnormal))

try:
    decimal.Decimal(1) / decimal.Decimal(0)
except ZeroDivisionError as e:
    print("caught as ZeroDivisionError:", type(e).__name__)

try:
    decimal.Decimal("nonsense")
except decimal.InvalidOperation as e:
    print("caught as InvalidOperation:", type(e).__name__)

ctx = decimal.Context(traps=[decimal.Inexact])
try:
    ctx.divide(decimal.Decimal(1), decimal.Decimal(3))
except ArithmeticError as e:
    print("caught as ArithmeticError:", type(e).__name__)
print(decimal.Inexact("x").args, repr(decimal.Overflow("big")))
