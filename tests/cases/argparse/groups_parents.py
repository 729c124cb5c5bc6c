import argparse
import os
import sys
sys.stderr = sys.stdout
os.environ['COLUMNS'] = '70'


def attempt(parser, argv, method='parse_args'):
    try:
        print(argv, getattr(parser, method)(argv))
    except SystemExit as e:
        print('exit', e.code)
    except Exception as e:
        print(type(e).__name__, e)


# A parent's argument groups, mutually exclusive groups and defaults carry over.
parent = argparse.ArgumentParser(add_help=False)
pg = parent.add_argument_group('pg', 'parent group')
pg.add_argument('--pa')
pm = parent.add_mutually_exclusive_group()
pm.add_argument('--x1', action='store_true')
pm.add_argument('--x2', action='store_true')
parent.set_defaults(pd=1)
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('pos')
child.print_help()
attempt(child, ['--x1', '--x2', 'p'])
attempt(child, ['p'])

# A group is shown as a unit only where its members sit together in the usage.
q = argparse.ArgumentParser(prog='q')
mq = q.add_mutually_exclusive_group()
q.add_argument('--a')
mq.add_argument('--z', action='store_true')
mq.add_argument('p', nargs='?')
q.print_usage()
attempt(q, ['--z', 'x'])
attempt(q, ['x'])

# A required group too wide for a line stays whole when the usage wraps.
w = argparse.ArgumentParser(prog='wrapper_program')
mw = w.add_mutually_exclusive_group(required=True)
for name in ['alpha', 'bravo', 'charlie', 'delta']:
    mw.add_argument('--' + name, metavar=name.upper() + '_VALUE')
w.add_argument('first_positional')
w.add_argument('second_positional', nargs='+')
w.add_argument('--tail', action='store_true')
w.print_usage()
attempt(w, ['a'])

# A mutually exclusive group inside an argument group.
gg = argparse.ArgumentParser(prog='gg')
outer = gg.add_argument_group('outer')
inner = outer.add_mutually_exclusive_group()
inner.add_argument('--i1', action='store_true')
inner.add_argument('--i2', action='store_true')
outer.add_argument('--o1')
gg.print_help()
attempt(gg, ['--i1', '--i2'])

# argument_default and set_defaults before the argument exists.
sd = argparse.ArgumentParser(prog='sd', argument_default=argparse.SUPPRESS)
sd.add_argument('--foo')
sd.add_argument('bar', nargs='?')
attempt(sd, [])
attempt(sd, ['--foo', '1', 'b'])
early = argparse.ArgumentParser(prog='early')
early.set_defaults(foo='sd')
early.add_argument('--foo')
early.add_argument('--bar', default=argparse.SUPPRESS, help='bar')
attempt(early, [])
early.print_help()

# conflict_handler='resolve' drops an action once all its option strings are taken.
r = argparse.ArgumentParser(prog='r', conflict_handler='resolve')
r.add_argument('-a', '--aa')
r.add_argument('-a')
r.add_argument('--aa', help='new')
r.print_help()
try:
    argparse.ArgumentParser().add_argument('-h', '--help')
except argparse.ArgumentError as e:
    print(e)

# Subcommands listed with aliases, and a prog that includes earlier positionals.
sp = argparse.ArgumentParser(prog='sp')
s = sp.add_subparsers(dest='cmd', help='commands', metavar='{a,b}')
s.add_parser('alpha', aliases=['a', 'al'], help='the alpha')
s.add_parser('beta', help='the beta with a very long help text that must be wrapped '
                          'somewhere along the line')
sp.print_help()
attempt(sp, ['al'])
attempt(sp, ['a', 'extra'])
sp2 = argparse.ArgumentParser(prog='sp2')
sp2.add_argument('target')
print(sp2.add_subparsers().add_parser('run').prog)

# Intermixed parsing refuses what it cannot split.
im = argparse.ArgumentParser(prog='im')
im.add_argument('x', nargs=argparse.REMAINDER)
attempt(im, ['a'], 'parse_intermixed_args')
im2 = argparse.ArgumentParser(prog='im2')
g = im2.add_mutually_exclusive_group()
g.add_argument('p', nargs='?')
g.add_argument('--q')
attempt(im2, ['a'], 'parse_intermixed_args')
im3 = argparse.ArgumentParser(prog='im3', usage='%(prog)s custom')
im3.add_argument('--req', required=True)
im3.add_argument('n', nargs='+', type=int)
for argv in [['1', '--req', 'r', '2'], ['1'], ['--req', 'x']]:
    attempt(im3, argv, 'parse_intermixed_args')
print(im3.usage)
