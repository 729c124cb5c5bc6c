print(b'ab' + b'cd' + b'', b'-' * 5, 3 * b'ab', b'x' * -1, b'ab' * True)
print(b'a' in b'cat', 97 in b'cat', 100 in b'cat', b'' in b'', b'at' in b'cat', b'ta' in b'cat')
s = b'abc'
s += b'def'
print(s, s * 2)
print(b'x' if b'' else b'y', not b'', bool(b' '))
