def f():

    x = 1

    y = 2


    return x + y

for i in range(2):

    print(i)

print(f())
