import io
import os

print(io.UnsupportedOperation.__name__, issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
path = '/tmp/gilpy_case_io_module.txt'
with io.open(path, 'w') as f:
    f.write('via io.open')
with open(path, 'rb') as f:
    try:
        f.write(b'x')
    except io.UnsupportedOperation as e:
        print('unsupported:', e)
os.remove(path)
