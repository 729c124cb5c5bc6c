import argparse
import io
import os
import sys
sys.stderr = sys.stdout
os.environ['COLUMNS'] = '80'


def attempt(parser, argv, method='parse_args'):
    try:
        print(argv, getattr(parser, method)(argv))
    except SystemExit as e:
        print('exit', e.code)
    except Exception as e:
        print(type(e).__name__, e)


# Strings that look odd but are values.
p = argparse.ArgumentParser(prog='p')
p.add_argument('-x')
p.add_argument('file', nargs='?')
p.add_argument('--y', action='store_true')
for argv in [['-'], ['-x', '-'], ['-x', '-a b'], [''], ['-x', ''], ['-x=-1'],
             ['--y', '--', '-'], ('tuple',), ['-x', '--y']]:
    attempt(p, argv)


class Plain:
    pass


target = Plain()
p.parse_args(['-x', '1'], namespace=target)
print(vars(target))
ns = argparse.Namespace(foo='pre')
pp = argparse.ArgumentParser(prog='pp')
pp.add_argument('--foo', default='d')
pp.add_argument('--bar', default='3', type=int)
print(pp.parse_args([], ns))

# REMAINDER after optional positionals.
r = argparse.ArgumentParser(prog='r')
r.add_argument('a')
r.add_argument('b', nargs='?')
r.add_argument('rest', nargs=argparse.REMAINDER)
for argv in [['1'], ['1', '2'], ['1', '2', '3', '-x', '--', 'y'], ['1', '--', '-2']]:
    attempt(r, argv)


# type callables that fail, and FileType.
def bad(s):
    raise TypeError('nope')


tp = argparse.ArgumentParser(prog='tp')
tp.add_argument('--b', type=bad)
tp.add_argument('--c', type=argparse.FileType('r'))
attempt(tp, ['--b', '1'])
attempt(tp, ['--c', '/nonexistent/x'])
print(argparse.FileType('rb', 0), argparse.FileType(errors='x'))
print(argparse.FileType('w')('-') is sys.stdout, argparse.FileType()('-') is sys.stdin)
try:
    argparse.FileType('q')('-')
except ValueError as e:
    print(e)

# Single-dash long options and their prefixes.
sd = argparse.ArgumentParser(prog='sd')
sd.add_argument('-foo')
sd.add_argument('-foobar')
sd.add_argument('-f', action='store_true')
for argv in [['-foo', '1'], ['-foob', '2'], ['-fo', '3'], ['-f']]:
    attempt(sd, argv)

# choices: in usage, in help, and checked per value.
ch = argparse.ArgumentParser(prog='ch')
ch.add_argument('cmd', choices=['start', 'stop'], help='command')
ch.add_argument('--n', nargs='+', choices=[1, 2], type=int)
ch.print_help()
attempt(ch, ['go'])
attempt(ch, ['stop', '--n', '1', '3'])
nn = argparse.ArgumentParser(prog='nn')
nn.add_argument('xy', nargs=2, type=int, choices=[1, 2, 3])
attempt(nn, ['1', '4'])
attempt(nn, ['1'])
hp = argparse.ArgumentParser(prog='hp')
hp.add_argument('one', nargs=1)
hp.add_argument('many', nargs='+', choices={'a': 1, 'b': 2})
hp.add_argument('--d', choices='xyz')
hp.print_help()
attempt(hp, ['1', 'a', 'c'])
attempt(hp, ['1', 'a', '--d', 'q'])

# metavar tuples must fit nargs.
for kwargs in [dict(nargs='*', metavar=('A',)), dict(nargs='*', metavar=('A', 'B', 'C')),
               dict(nargs='+', metavar=('A',)), dict(nargs=2, metavar=('A', 'B')),
               dict(nargs='?', metavar=('A', 'B')), dict(nargs=argparse.REMAINDER, metavar=('A',)),
               dict(nargs=argparse.PARSER)]:
    try:
        action = argparse.ArgumentParser(prog='m').add_argument('--m', **kwargs)
        print(kwargs, 'ok', action.nargs)
    except Exception as e:
        print(kwargs, type(e).__name__, e)

# count and required store_const; empty and blank help.
cc = argparse.ArgumentParser(prog='cc')
cc.add_argument('-v', action='count', default=0)
cc.add_argument('--k', action='store_const', const='K', required=True)
attempt(cc, ['-vv'])
attempt(cc, ['--k', '-v'])
cc.print_usage()
eh = argparse.ArgumentParser(prog='eh')
eh.add_argument('--e', help='')
eh.add_argument('--w', help='   ')
eh.print_help()
nd = argparse.ArgumentParser(prog='nd', add_help=False, description='only text')
nd.print_help()
print(repr(nd.format_usage()))

# version taken from the parser, and long version text wrapped.
v = argparse.ArgumentParser(prog='v')
v.version = '9.9'
v.add_argument('-V', action='version')
attempt(v, ['-V'])
v2 = argparse.ArgumentParser(prog='v2')
v2.add_argument('-V', action='version', version='%(prog)s ' + 'x' * 100)
attempt(v2, ['-V'])
h = argparse.ArgumentParser(prog='h', description='%(prog)s 50%% done')
h.add_argument('--r', type=int, choices=range(3), help='r in %(choices)s, default %(default)r')
h.print_help()
buf = io.StringIO()
h.print_help(buf)
print(len(buf.getvalue()))
wide = argparse.ArgumentParser(
    prog='f', formatter_class=lambda prog: argparse.HelpFormatter(prog, max_help_position=40))
wide.add_argument('-s', '--source-file-name', help='src')
wide.add_argument('-o', '--output', nargs=2, help='out')
wide.print_help()
print(repr(argparse.SUPPRESS), argparse.OPTIONAL, argparse.ZERO_OR_MORE, argparse.ONE_OR_MORE,
      argparse.PARSER, argparse.REMAINDER)
print(sorted(argparse.__all__))
ap = argparse.ArgumentParser(prog='ap', allow_abbrev=False, fromfile_prefix_chars='@',
                             epilog='e %(prog)s')
print(ap)
ap.print_help()
