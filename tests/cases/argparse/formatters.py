import argparse
import os
import sys
sys.stderr = sys.stdout

os.environ['COLUMNS'] = '60'


def build(formatter_class, **kwargs):
    p = argparse.ArgumentParser(
        prog='fmt', formatter_class=formatter_class,
        description='''This description has
    its own line breaks, and      extra   spaces,
        which the default formatter refills.

A second paragraph.''',
        epilog='Epilog:\n  one\n  two', **kwargs)
    p.add_argument('infile', help='the input\nfile, read   whole')
    p.add_argument('count', type=int, nargs='?', default=4, help='how many (default %(default)s)')
    p.add_argument('-l', '--level', type=int, default=2, choices=[1, 2, 3],
                   help='level of detail; a long help text to show how it wraps in the '
                        'narrow column')
    p.add_argument('--name', default='anon', help='your name')
    p.add_argument('--flag', action='store_true', help='a flag')
    p.add_argument('--none', help='no default')
    p.add_argument('--sup', default=argparse.SUPPRESS, help='suppressed default')
    p.add_argument('--list', nargs='+', default=[1, 2], help='a list')
    p.add_argument('--nohelp', default=5)
    return p


for cls in [argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter,
            argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter]:
    print('=====', cls.__name__)
    build(cls).print_help()


class Both(argparse.ArgumentDefaultsHelpFormatter, argparse.RawTextHelpFormatter):
    pass


print('===== Both')
build(Both).print_help()

print('===== MetavarTypeHelpFormatter')
m = argparse.ArgumentParser(prog='mt', formatter_class=argparse.MetavarTypeHelpFormatter)
m.add_argument('--n', type=int)
m.add_argument('--f', type=float, nargs=2)
m.add_argument('word', type=str)
m.print_help()

print('===== widths')
for columns in ['40', '100', 'junk']:
    os.environ['COLUMNS'] = columns
    w = argparse.ArgumentParser(prog='widths', description='word ' * 30)
    w.add_argument('--alpha-option', metavar='A', help='alpha ' * 12)
    w.add_argument('--b', help='short')
    w.add_argument('--gamma', nargs=3, help='three of them')
    w.add_argument('positional_argument_with_long_name', help='p ' * 20)
    w.print_help()
os.environ['COLUMNS'] = '60'

print('===== custom formatter width')


def narrow(prog):
    return argparse.HelpFormatter(prog, max_help_position=10, width=50)


nw = argparse.ArgumentParser(prog='nw', formatter_class=narrow)
nw.add_argument('--opt', help='an option with some help text')
nw.add_argument('-x', help='x')
nw.print_help()

print('===== usage forms')
u = argparse.ArgumentParser(prog='u', add_help=False)
u.add_argument('a', metavar='A')
u.add_argument('b', nargs='*')
u.add_argument('c', nargs='+', metavar='C')
u.add_argument('--d', nargs='*', metavar=('D1', 'D2'))
u.add_argument('--e', nargs='?', metavar='E')
u.add_argument('--req', required=True)
print(repr(u.format_usage()))
print(repr(u.format_help()))
g = argparse.ArgumentParser(prog='g')
x = g.add_mutually_exclusive_group()
x.add_argument('--one', action='store_true')
x.add_argument('--two', metavar='T')
x.add_argument('pos', nargs='?')
y = g.add_mutually_exclusive_group(required=True)
y.add_argument('-q', action='store_true')
y.add_argument('-Q', action='store_true', help=argparse.SUPPRESS)
grp = g.add_argument_group('section', '%(prog)s section text')
grp.add_argument('--in-group', help='in group (%(prog)s, %(default)s, %(dest)s)')
empty = g.add_argument_group('empty group')
g.print_help()
print(g.format_usage(), end='')
for argv in [['--one', '--two', 't'], ['-q', '--one', 'p'], ['-q'], [], ['-Q']]:
    try:
        print(g.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)

print('===== help substitutions')
h = argparse.ArgumentParser(prog='subs', usage='%(prog)s [opts] <file>',
                            description='%(prog)s does things')
h.add_argument('--t', type=int, default=1, choices=[1, 2],
               help='type=%(type)s default=%(default)s choices=%(choices)s '
                    'metavar=%(metavar)s dest=%(dest)s nargs=%(nargs)s 100%%')
h.add_argument('--plain', help='no substitutions 100%%')
h.print_help()
print(h.format_usage(), end='')
h.print_usage()
