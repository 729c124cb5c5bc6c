import decimal
from decimal import Decimal, getcontext

cases = [lambda: Decimal('abc'), lambda: Decimal(1) / 0, lambda: Decimal(0) / 0, lambda: Decimal(1) + 1.5,
         lambda: 1.5 * Decimal(1), lambda: Decimal([1]), lambda: Decimal(-1).sqrt(),
         lambda: Decimal('1.5').quantize(Decimal('1e-30')), lambda: Decimal(10) // 0, lambda: Decimal(10) % 0,
         lambda: int(Decimal('nan')), lambda: int(Decimal('inf')), lambda: Decimal('1.5') < 'x',
         lambda: getcontext().__setattr__('prec', 0), lambda: decimal.Context(rounding='x'),
         lambda: Decimal({}), lambda: Decimal((2, (1,), 0)), lambda: Decimal('1') + 'x',
         lambda: Decimal(1).quantize(1.5), lambda: Decimal('inf') - Decimal('inf'), lambda: Decimal(0) ** 0,
         lambda: round(Decimal('nan')), lambda: hash(Decimal('sNaN')), lambda: Decimal(1) + None]
for f in cases:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)
