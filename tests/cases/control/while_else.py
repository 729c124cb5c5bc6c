i = 0
while i < 3:
    i += 1
else:
    print("while finished normally", i)
i = 0
while i < 10:
    if i == 2:
        break
    i += 1
else:
    print("not printed")
print("broke at", i)
while False:
    pass
else:
    print("else runs even with zero iterations")
