print(b'ab' b'cd', rb'\d+', Rb'\x00', bR'\n', BR"q")
print(b'\101\x41A', b'\
continued')
print(b"""multi
line""", len(b'\n\t\\'))
x = b'abc'
print(x is x, x == b'ab' + b'c', x[1:] == b'bc')
