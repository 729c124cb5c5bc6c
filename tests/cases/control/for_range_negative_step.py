for i in range(10, 0, -2):
    print(i, end=" ")
print()
for i in range(5, -6, -5):
    print(i, end=" ")
print()
for i in range(0, 5, -1):
    print("never")
for i in range(3, 2, -1):
    print("once", i)
