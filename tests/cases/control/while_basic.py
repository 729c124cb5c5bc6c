i = 0
while i < 5:
    print(i)
    i += 1
print("after", i)
n = 0
while n:
    print("never")
