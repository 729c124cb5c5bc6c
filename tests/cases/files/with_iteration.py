import os

path = '/tmp/gilpy_case_with_iteration.txt'
with open(path, 'w') as f:
    for i in range(5):
        f.write(f'line {i}\n')
    print(f.closed)
print(f.closed)
with open(path) as f:
    print(next(f), end='')
    rest = [line.strip() for line in f]
    print(rest)
    print(list(f), next(f, 'done'))
with open(path) as f:
    print(iter(f) is f, len(f.readlines()))
try:
    with open(path) as f:
        raise KeyError('boom')
except KeyError:
    print('closed after error:', f.closed)
os.remove(path)
