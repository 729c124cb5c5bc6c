print("ok")
x = 'abc
