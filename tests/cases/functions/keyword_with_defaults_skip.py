def box(width=1, height=2, depth=3):
    return width * 100 + height * 10 + depth

print(box(), box(depth=9), box(5, depth=0), box(height=0, width=0))
