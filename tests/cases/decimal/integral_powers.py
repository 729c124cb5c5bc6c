# Integral powers of decimals whose exact value would be huge (loan amortisation with
# (1 + r) ** -360) round at the context precision instead of growing without bound.
from decimal import Decimal as D, getcontext
for b, e in [("2", 100), ("2", -100), ("1.0054166666666666666666666667", 360), ("1.0054166666666666666666666667", -360), ("-3", 41), ("0.5", 2000), ("7", 1000), ("1.1", 10), ("10", 30), ("-1.5", -7), ("3", 200)]:
    print(b, e, D(b) ** e)
getcontext().prec = 10
print(D("1.001") ** 5000, D(2) ** 64, D("9.99") ** -50)
getcontext().prec = 28
rate = D("0.065") / 12
payment = D("200000") * rate / (1 - (1 + rate) ** -360)
print(payment, payment.quantize(D("0.01")))
