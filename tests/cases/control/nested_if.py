x = 15
if x > 10:
    if x % 2 == 0:
        print("big even")
    else:
        if x % 3 == 0:
            print("big odd multiple of 3")
        else:
            print("big odd")
else:
    print("small")
