from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, \
    ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_05UP
import decimal

print(Decimal('0.1') + Decimal('0.2'), Decimal('0.1') + Decimal('0.2') == Decimal('0.3'))
print(repr(Decimal(0.1)))
print(repr(Decimal(1) / Decimal(3)), Decimal(2) / Decimal(3), Decimal(1) / Decimal(7))
print(Decimal(10) / Decimal(4), Decimal('1.00') / Decimal('0.5'), Decimal(100) / Decimal('0.01'))
print(Decimal('12.345') * Decimal('1.1'), Decimal('1.30') + Decimal('1.20'), Decimal('5') - Decimal('5.00'))
print(Decimal(7) // Decimal(2), Decimal(-7) // Decimal(2), Decimal(7) % Decimal(-2), Decimal(-7) % Decimal(2))
print(divmod(Decimal('7.5'), Decimal(2)), Decimal('10.5') % 3, 3 - Decimal('0.5'), 2 * Decimal('1.5'), 1 / Decimal(8))
print(Decimal(2) ** 10, Decimal('1.5') ** 2, Decimal(2) ** -2, Decimal(10) ** 30, Decimal('0.1') ** 3, Decimal(2) ** Decimal('0.5'))
print(Decimal(0) ** 5, Decimal(-2) ** 3)
print(-Decimal('1.5'), +Decimal('-0'), abs(Decimal('-3.25')), -Decimal(0))
for s in ['1', '1.0', '-0', '0.00', '123.456e5', '1e-7', '1E+3', '-12345678901234567890.5', '.5', '5.',
          '  3.14  ', '1_000.5', 'inf', '-Infinity', 'nan', 'sNaN', 'NaN123', '1e100', '0.000001', '0.0000001']:
    d = Decimal(s)
    print(repr(s), repr(d), str(d), d.as_tuple(), d.is_nan(), d.is_infinite(), d.is_zero(), d.is_signed())
print(Decimal((0, (1, 2, 3), -2)), Decimal((1, (4, 5), 3)), Decimal([0, [0], 0]), Decimal(-42), Decimal(True))
print(Decimal(0.5), Decimal(-2.75), Decimal(1e20), Decimal(float('inf')), Decimal.from_float(0.25))
print(Decimal('1.2345').quantize(Decimal('0.01')), Decimal('1.235').quantize(Decimal('0.01')),
      Decimal('1.245').quantize(Decimal('0.01')), Decimal('1.245').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP))
for mode in [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_05UP]:
    print(mode, [str(Decimal(x).quantize(Decimal('1'), rounding=mode)) for x in ['2.5', '3.5', '-2.5', '2.51', '-2.49', '1.0', '0.5', '5.1', '-0.1']])
print(Decimal('123.456').quantize(Decimal('1e1')), Decimal('7').quantize(Decimal('0.000')), Decimal('-0.0001').quantize(Decimal('0.01')))
print(Decimal(2).sqrt(), Decimal(16).sqrt(), Decimal('0.25').sqrt(), Decimal('1e-6').sqrt(), Decimal(10).sqrt(), Decimal(0).sqrt(), Decimal('100.0').sqrt())
print(Decimal('3.7').to_integral(), Decimal('-3.5').to_integral_value(), Decimal('4.5').to_integral_value(ROUND_HALF_UP), Decimal('3.7').to_integral_exact(rounding=ROUND_DOWN))
print(Decimal('1.500').normalize(), Decimal('100').normalize(), Decimal('0.00').normalize(), Decimal('120.0').adjusted(), Decimal('0.001').adjusted())
print(Decimal(1) < Decimal(2), Decimal('1.0') == Decimal(1), Decimal('1.0') == 1, Decimal('0.5') == 0.5, Decimal('0.1') == 0.1, Decimal(2) > 1.5, Decimal(3) >= 3)
print(sorted([Decimal('3'), Decimal('-1.5'), Decimal('2.25'), Decimal('0')]), max(Decimal(1), Decimal('1.5')), min(Decimal(1), Decimal('0.5')))
print(hash(Decimal('1.0')) == hash(1), hash(Decimal('0.5')) == hash(0.5), hash(Decimal(7)), len({Decimal('1'), Decimal('1.00')}))
print(int(Decimal('-3.9')), float(Decimal('0.1')), round(Decimal('2.5')), round(Decimal('3.14159'), 2), round(Decimal('-1.5')), bool(Decimal(0)), bool(Decimal('0.1')))
import math
print(math.floor(Decimal('-2.5')), math.ceil(Decimal('2.1')), math.trunc(Decimal('-2.7')))
print(Decimal('1.20').as_integer_ratio(), Decimal('-0.75').as_integer_ratio())
print(Decimal(1).exp(), Decimal(10).ln(), Decimal(1000).log10(), Decimal(2).log10(), Decimal('0.5').ln())
print(Decimal(5).compare(Decimal(3)), Decimal(1).copy_sign(Decimal(-2)), Decimal(2).fma(3, 4), Decimal(18).remainder_near(Decimal(10)))
print(Decimal('1.1').max(Decimal('1.10')), Decimal(3).min(2), Decimal('12e3').to_eng_string(), Decimal('1.5').same_quantum(Decimal('2.5')))
print(Decimal(12345678901234567890123456789012345) + 0, Decimal('1234567890123456789012345678.9') * 1)
print(sum([Decimal('0.1')] * 10), sum([Decimal('1.10'), Decimal('2.205')], Decimal(0)))
print(format(Decimal('1234.5678'), '.2f'), format(Decimal('1234.5678'), ',.2f'), '{:>10}'.format(Decimal('1.5')),
      f"{Decimal('0.125'):.2f}", f"{Decimal('2.5'):.0f}", f"{Decimal('-3.14159'):.3f}", f"{Decimal('0.5'):%}", f"{Decimal('0.256'):.1%}",
      f"{Decimal('123456.789'):.3e}", f"{Decimal('1.5'):010.3f}", f"{Decimal('1.5'):+}", f"{Decimal('1e-10')}", f"{Decimal('12.5'):g}")
for a, b in [('1', '3'), ('2', '3'), ('-5', '7'), ('123.456', '0.789'), ('1e10', '3'), ('0.000123', '4.56'), ('99999999999999999999999999', '7')]:
    x, y = Decimal(a), Decimal(b)
    print(a, b, x + y, x - y, x * y, x / y, x // y, x % y)
with localcontext() as c:
    for p in [1, 2, 5, 9, 40]:
        c.prec = p
        print(p, Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal('9.99') + Decimal('0.01'), Decimal(22) / Decimal(7) * 100, Decimal(3) ** 40)
