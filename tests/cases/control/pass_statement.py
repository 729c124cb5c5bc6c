def noop():
    pass

if True:
    pass
for i in range(3):
    pass
while False:
    pass
print(noop(), i)
