def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = ""
    if n < 0:
        sign = "-"
        n = -n
    out = ""
    while n:
        out = digits[n % base] + out
        n //= base
    return sign + out

print(to_base(10, 2), to_base(255, 16), to_base(-42, 8), to_base(0, 3))
print(to_base(2**100, 36))
print(int(to_base(2**100, 36), 36) == 2**100)
