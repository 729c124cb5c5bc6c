print("before")
x = 1
print(x / 0)
