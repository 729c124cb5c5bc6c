import os
path = '/tmp/gilpy_case_uncaught_unsupported.txt'
with open(path, 'w') as f:
    f.write('x')
try:
    with open(path) as f:
        f.write('y')
finally:
    os.remove(path)
