import os

base = '/tmp/gilpy_case_os_functions'
for name in ['a.txt', 'b.txt']:
    with open(base + '_' + name, 'w') as f:
        f.write(name * 2)
names = sorted([n for n in os.listdir('/tmp') if n.startswith('gilpy_case_os_functions_')])
print(names)
print(os.path.isfile(base + '_a.txt'), os.path.isdir(base + '_a.txt'), os.path.getsize(base + '_b.txt'))
print(os.path.exists(base + '_c.txt'), os.path.isfile('/tmp'), isinstance(os.getcwd(), str))
os.remove(base + '_a.txt')
os.unlink(base + '_b.txt')
try:
    os.remove(base + '_a.txt')
except FileNotFoundError as e:
    print(e.errno, e.filename == base + '_a.txt', e.strerror)
try:
    os.listdir(base + '_missing')
except OSError as e:
    print(type(e).__name__, e.errno)
