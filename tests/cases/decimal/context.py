import decimal
from decimal import Decimal, getcontext, setcontext, localcontext, Context, BasicContext, ExtendedContext

print(getcontext())
print(getcontext().prec, getcontext().rounding)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3), Decimal('123456789') + 0, Decimal(2).sqrt())
    ctx.rounding = decimal.ROUND_DOWN
    print(Decimal(2) / Decimal(3))
print(Decimal(1) / Decimal(3))
with localcontext(prec=3) as ctx:
    print(Decimal('3.14159') * 1, ctx.prec)
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal('1234567.8') + 0)
getcontext().prec = 28
c = Context(prec=4, rounding=decimal.ROUND_HALF_UP)
print(c, c.divide(Decimal(1), Decimal(3)), c.add(Decimal('1.2345'), 0), c.create_decimal('3.14159'))
print(BasicContext.prec, ExtendedContext.prec, ExtendedContext.divide(Decimal(1), Decimal(0)))
ctx = getcontext()
ctx.clear_flags()
Decimal(1) / Decimal(3)
print(ctx.flags[decimal.Inexact], ctx.flags[decimal.Rounded], ctx.flags[decimal.DivisionByZero])
ctx.traps[decimal.Inexact] = True
try:
    Decimal(1) / Decimal(3)
except decimal.Inexact as e:
    print('Inexact trapped', type(e).__name__, e)
ctx.traps[decimal.Inexact] = False
ctx.traps[decimal.DivisionByZero] = False
print(Decimal(1) / 0, Decimal(-1) / 0)
ctx.traps[decimal.DivisionByZero] = True
print([c.__name__ for c in decimal.DivisionByZero.__mro__])
print([c.__name__ for c in decimal.ConversionSyntax.__mro__])
print(issubclass(decimal.FloatOperation, TypeError), issubclass(decimal.DecimalException, ArithmeticError))
