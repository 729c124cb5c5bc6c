counter = 1
print(conter)
