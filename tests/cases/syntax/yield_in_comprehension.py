def squares(n):
    return [(yield i) for i in range(n)]
