for i in range(2):
    for j in range(2):
        if i == j:
            if i == 0:
                print("zero diagonal")
            else:
                print("diagonal", i)
print("dedented four levels at once")
