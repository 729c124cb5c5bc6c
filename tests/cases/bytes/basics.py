b = b'a\x00\n\'"'
print(repr(b), len(b))
print(b'it\'s', b"say \"hi\"", b'\\\t\r\x7f\x80\xff', rb'a\n', br"x\y", b'')
print(b'abc'[0], b'abc'[-1], b'abcdef'[1:4], b'abcdef'[::2], b'abc'[::-1])
print(list(b'hi'), [x for x in b'\x01\x02'])
print(b'ab' == b'ab', b'ab' != b'ac', b'ab' < b'ac', b'ab' <= b'a', b'b' > b'abc', b'a' == 'a')
print(b'ab' + b'cd', b'ab' * 3, 2 * b'x', b'a' * 0)
print(97 in b'abc', b'bc' in b'abc', b'' in b'x', b'cb' in b'abc')
print(hash(b'abc') == hash('abc'), hash(b'') == hash(''))
d = {b'k': 1}
print(d[b'k'], b'k' in d, len({b'a': 1, b'b': 2, b'a' + b'': 3}))
print(type(b).__name__, type(b'x') is bytes, isinstance(b'x', bytes))
print(bool(b''), bool(b'\x00'))
print(str(b'a\tb'), f"{b'x'!r}", [b'q'])
