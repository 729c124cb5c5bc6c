import re
print(repr(re.I), str(re.I), re.I, repr(re.I | re.M), re.I | re.M, type(re.I), re.I.value, re.I.name, int(re.I|re.S))
print(re.I == 2, isinstance(re.I, int), re.RegexFlag, re.RegexFlag(10), re.NOFLAG, repr(re.NOFLAG), re.A | re.I)
print(repr(re.compile('a', re.I|re.X)), re.compile('a', re.I).flags, repr(re.compile('a').flags))
print(~re.I, re.I & re.M, re.I ^ re.I, repr(re.I | 1024), re.I | 0, f"{re.I}", '%s' % re.M, re.M + 1, hash(re.I) == hash(2))
print(list(re.RegexFlag)[:3], re.RegexFlag.DOTALL, re.S in (re.I | re.S), re.UNICODE, re.U)
print(re.findall('a.b', 'A\nB axb', re.I | re.S), re.search('^x', 'a\nx', flags=re.M).group())
print(re.compile('x', re.I) is re.compile('x', 2), re.compile('y', re.A).flags, repr(re.compile('(?i)z')))
