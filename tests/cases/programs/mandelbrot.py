def escapes(cr, ci, limit):
    zr = 0.0
    zi = 0.0
    for i in range(limit):
        zr, zi = zr * zr - zi * zi + cr, 2 * zr * zi + ci
        if zr * zr + zi * zi > 4.0:
            return i
    return limit

for row in range(12):
    line = ""
    for col in range(40):
        n = escapes(-2.0 + col * 0.065, -1.2 + row * 0.2, 30)
        if n == 30:
            line += "#"
        elif n > 5:
            line += "+"
        else:
            line += "."
    print(line)
