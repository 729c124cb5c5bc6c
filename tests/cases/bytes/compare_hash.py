print(b'a' < b'b', b'a' < b'ab', b'' < b'a', b'b' >= b'ab', b'abc' == b'abc')
print(b'a' == 'a', b'a' != 'a', b'x' == 120, b'' == b'')
print(sorted([b'pear', b'apple', b'fig', b'']))
print(hash(b'hello') == hash('hello'), hash(b'x') == hash(b'x'))
d = {}
d[b'key'] = 1
d[b'ke' + b'y'] += 1
d['key'] = 'str'
print(d)
print(min([b'b', b'a']), max(b'abc', b'abd'))
