print(float("x"))
