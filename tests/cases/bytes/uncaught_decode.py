data = b'caf\xe9'
print(data.decode('latin-1'))
print(data.decode())
