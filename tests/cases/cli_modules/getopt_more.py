# getopt corner cases: empty and prefixed long values, exact versus prefix matches,
# gnu_getopt's ordering rules (+, POSIXLY_CORRECT, '-', '--') and the error object.
import getopt
import os

print(getopt.getopt(['--out=', '--o=x', '-bv', '-b', '-', 'rest'], 'b:', ('out=',)))
print(getopt.getopt(['--foo', '--foob=1'], '', ['foo', 'foo=', 'foobar=']))
print(getopt.getopt(['--foo=2'], '', ['foo=', 'foobar']), getopt.getopt(['--foob'], '', ['foo=', 'foobar']))
print(getopt.getopt([], 'a'), getopt.getopt(['a', '-a'], 'a'), getopt.getopt(['-a', '--'], 'a'))
print(getopt.getopt(['-a:'], 'a:'), getopt.getopt(['-ax'], 'a:b'), getopt.getopt(['-a', '-b'], 'a:b'))
print(getopt.gnu_getopt(['-a', 'x', '--', '-b', '--long'], 'ab', ['long']))
print(getopt.gnu_getopt(['x', '-', '-a', '--l=1'], 'a', ['long=']))
print(getopt.gnu_getopt(['x', '-a'], '+a'), getopt.gnu_getopt(['-a', 'x', '-a'], '+a'))
os.environ['POSIXLY_CORRECT'] = '1'
print(getopt.gnu_getopt(['-a', 'x', '-a'], 'a'))
del os.environ['POSIXLY_CORRECT']
print(getopt.gnu_getopt(['-a', 'x', '-a'], 'a'), getopt.gnu_getopt(['--', 'x'], ''))
for args, short, long in ((['-:'], 'a:', []), (['--'], '', []), (['--x='], '', ['x']),
                          (['-ab'], 'a', []), (['--a'], '', ['ab', 'ac=']), (['-a'], ':a', [])):
    try:
        print(getopt.getopt(args, short, long))
    except getopt.GetoptError as e:
        print(type(e).__name__, str(e), repr(e), e.args, e.opt, e.msg)
e = getopt.GetoptError('boom')
print(str(e), repr(e), e.args, repr(e.opt), e.msg, getopt.GetoptError.opt == '', isinstance(e, Exception))
print(sorted(getopt.__all__))
