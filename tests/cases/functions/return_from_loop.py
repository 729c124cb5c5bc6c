def first_even():
    for i in range(1, 100):
        while True:
            if i % 2 == 0:
                return i
            break
    return -1

print(first_even())
