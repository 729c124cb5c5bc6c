for i in range(3):
    pass
print(i)
for ch in "xyz":
    pass
print(ch)
i = 99
for i in range(0):
    pass
print(i)
