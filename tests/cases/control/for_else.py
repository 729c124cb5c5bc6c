def find(target, limit):
    for i in range(limit):
        if i == target:
            print("found", i)
            break
    else:
        print("not found", target)

find(3, 5)
find(9, 5)
for i in range(0):
    pass
else:
    print("else after empty loop")
