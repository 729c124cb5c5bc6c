def mid():
    print("mid evaluated")
    return 5

print(1 < mid() < 10)
print(10 < mid() < 20)
print(1 < 2 > 1, 1 < 3 < 2)
print(1 == 1 < 2 <= 2 != 3)
x = 3
print(0 < x < 5 < 100)
