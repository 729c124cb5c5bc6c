print(bytes.fromhex('00ff10'), bytes.fromhex(' 01 02  03 '), bytes.fromhex('AbCd'))
print(b'\xde\xad\xbe\xef'.hex(), b''.hex(), bytes(range(16)).hex())
print(bytes.fromhex(b'\x01\xff'.hex()) == b'\x01\xff')
for s in ['0', 'g0', '0 1', '012']:
    try:
        bytes.fromhex(s)
    except ValueError as e:
        print(e)
