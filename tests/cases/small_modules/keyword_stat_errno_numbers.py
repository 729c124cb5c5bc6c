import errno
import keyword
import numbers
import os
import stat
from fractions import Fraction

print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
print(keyword.iskeyword('for'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), keyword.iskeyword('x'))

for mode in (0o100644, 0o040755, 0o120777, 0o104755, 0o102710, 0o041777, 0o010600, 0o020620, 0o060660, 0o140755, 0o100000):
    print(oct(mode), stat.filemode(mode), stat.S_ISDIR(mode), stat.S_ISREG(mode), stat.S_ISLNK(mode), oct(stat.S_IMODE(mode)), oct(stat.S_IFMT(mode)))
st = os.stat('.')
print(stat.S_ISDIR(st.st_mode), stat.S_ISDIR(st[stat.ST_MODE]), stat.ST_SIZE, stat.S_IRWXU, stat.S_IXOTH)

print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EAGAIN == errno.EWOULDBLOCK, errno.ENOTEMPTY)
print(errno.errorcode[2], errno.errorcode[11], errno.errorcode[35], errno.errorcode[95], len(errno.errorcode))
try:
    open('/definitely/not/here')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])

for v in (1, True, 2.5, Fraction(1, 3), 'x', None):
    print(type(v).__name__, [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(issubclass(int, numbers.Real), issubclass(float, numbers.Integral))
print(sorted(numbers.Integral.__abstractmethods__))
print(sorted(numbers.Real.__abstractmethods__))


class MyInt(numbers.Integral):
    pass


try:
    MyInt()
except TypeError as e:
    print('TypeError', str(e)[:60])
