import os

path = '/tmp/gilpy_case_encodings.txt'
with open(path, 'w', encoding='utf-8') as f:
    print(f.write('héllo €\n'))
with open(path, 'rb') as f:
    print(f.read())
with open(path, encoding='latin-1') as f:
    print(repr(f.read()), f.encoding)
with open(path, 'w', encoding='latin-1') as f:
    f.write('é')
    print(repr(f))
with open(path, 'rb') as f:
    print(f.read())
with open(path, encoding='utf-8', errors='replace') as f:
    print(repr(f.read()))
with open(path, 'w', encoding='ascii', errors='replace') as f:
    f.write('a€b')
with open(path) as f:
    print(f.read())
with open(path, 'w', encoding='ascii') as f:
    try:
        f.write('é')
    except UnicodeEncodeError as e:
        print(e)
with open(path, 'wb') as f:
    f.write(b'ok\xff')
with open(path) as f:
    try:
        f.read()
    except UnicodeDecodeError as e:
        print(e)
os.remove(path)
