x = print("hello")
print(x)
