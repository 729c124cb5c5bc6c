import os

path = '/tmp/gilpy_case_many_writes.txt'
f = open(path, 'w')
for i in range(20000):
    f.write(str(i % 10))
f.write('\n')
print(f.tell())
f.close()
with open(path) as f:
    data = f.read()
print(len(data), data[:12], data.count('7'))
with open(path, 'a') as f:
    for i in range(3):
        print(i, 'x', sep='-', file=f)
with open(path) as f:
    print(f.readlines()[-3:])
os.remove(path)
