x = 1.5
x += 1; print(x)
x *= 2.5; print(x)
x -= 0.25; print(x)
x /= 2; print(x)
x //= 1; print(x)
x **= 2; print(x)
x %= 5; print(x)
