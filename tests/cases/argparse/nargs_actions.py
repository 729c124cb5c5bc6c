import argparse
import sys
sys.stderr = sys.stdout


def attempt(parser, argv):
    try:
        print(argv, '->', parser.parse_args(argv))
    except SystemExit as e:
        print(argv, '-> exit', e.code)


# Every nargs form on a positional, and how they share the arguments between them.
p = argparse.ArgumentParser(prog='pos')
p.add_argument('first')
p.add_argument('maybe', nargs='?', default='dflt')
p.add_argument('pair', nargs=2)
p.add_argument('rest', nargs='*')
for argv in [['a', 'b', 'c'], ['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd', 'e', 'f'], ['a', 'b']]:
    attempt(p, argv)

one = argparse.ArgumentParser(prog='one')
one.add_argument('xs', nargs=1)
one.add_argument('ys', nargs='+')
for argv in [['1', '2'], ['1', '2', '3'], ['1'], []]:
    attempt(one, argv)

# REMAINDER takes everything after it, options included.
rem = argparse.ArgumentParser(prog='rem')
rem.add_argument('--verbose', action='store_true')
rem.add_argument('cmd')
rem.add_argument('args', nargs=argparse.REMAINDER)
for argv in [['ls', '-l', '--verbose'], ['--verbose', 'echo', 'hi', '--', 'x'], ['run']]:
    attempt(rem, argv)
rem.print_help()

# Options with each nargs form.
o = argparse.ArgumentParser(prog='opts')
o.add_argument('--maybe', nargs='?', const='C', default='D', type=str.upper)
o.add_argument('--star', nargs='*', default=[])
o.add_argument('--plus', nargs='+', type=int)
o.add_argument('--three', nargs=3, metavar=('X', 'Y', 'Z'), type=float)
o.add_argument('--single', nargs=1)
o.add_argument('--rest', nargs=argparse.REMAINDER)
for argv in [[], ['--maybe'], ['--maybe', 'v'], ['--star'], ['--star', 'a', 'b'],
             ['--plus', '1', '2', '3'], ['--plus'], ['--three', '1', '2', '3'],
             ['--three', '1', '2'], ['--single', 'one'], ['--rest', 'a', '--star', 'b'],
             ['--plus', 'x'], ['--maybe=q', '--star=s']]:
    attempt(o, argv)
o.print_help()

# Actions.
a = argparse.ArgumentParser(prog='acts')
a.add_argument('--const', action='store_const', const=42)
a.add_argument('--yes', action='store_true')
a.add_argument('--no', action='store_false')
a.add_argument('--app', action='append', default=['base'])
a.add_argument('--pair', action='append', nargs=2)
a.add_argument('--ac', action='append_const', const='x', dest='items')
a.add_argument('--bc', action='append_const', const='y', dest='items')
a.add_argument('-v', action='count')
a.add_argument('--color', action=argparse.BooleanOptionalAction)
a.add_argument('--ext', action='extend', nargs='*')
a.add_argument('--version', action='version', version='acts 2.3')
for argv in [[], ['--const', '--yes', '--no'], ['--app', 'a', '--app', 'b'],
             ['--pair', '1', '2', '--pair', '3', '4'], ['--ac', '--bc', '--ac'],
             ['-vvv', '-v'], ['--color'], ['--no-color'], ['--ext', 'a', '--ext', '--ext', 'b', 'c'],
             ['--version'], ['--yes=1'], ['--color=x']]:
    attempt(a, argv)
# append with a list default: the default itself is not mutated.
print(a.get_default('app'))
a.print_help()


class Upper(argparse.Action):
    def __init__(self, option_strings, dest, nargs=None, **kwargs):
        print('Upper init', option_strings, dest, nargs, sorted(kwargs))
        super().__init__(option_strings, dest, nargs=nargs, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        print('  called', repr(option_string), values)
        if isinstance(values, list):
            values = [v.upper() for v in values]
        else:
            values = values.upper()
        setattr(namespace, self.dest, values)


class Store2(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        if values == 'bad':
            raise argparse.ArgumentError(self, 'bad value given')
        if values == 'die':
            parser.error('custom failure')
        setattr(namespace, self.dest, (values, option_string))


c = argparse.ArgumentParser(prog='custom')
act = c.add_argument('--name', '-n', action=Upper, help='name')
c.add_argument('words', nargs='*', action=Upper)
c.add_argument('--s2', action=Store2, default='none')
print(act)
print(act.option_strings, act.dest, act.nargs, act.help, act.required, act.default)
for argv in [['--name', 'bob', 'x', 'y'], ['-n', 'al'], [], ['--s2', 'ok'], ['--s2', 'bad'],
             ['--s2', 'die']]:
    attempt(c, argv)
try:
    argparse.Action(['-x'], 'x')(None, None, None)
except NotImplementedError as e:
    print('NotImplementedError', e)

# dest, metavar, required and default on options.
d = argparse.ArgumentParser(prog='dests')
d.add_argument('-f', '--file-name', metavar='PATH', required=True, help='input')
d.add_argument('-x', dest='ex', default=3, type=int)
d.add_argument('--two-words')
d.add_argument('pos', metavar='POSITION', type=int, choices=[1, 2, 3])
d.add_argument('--lvl', type=int, choices=range(1, 4), default=1)
for argv in [['-f', 'p', '2'], ['--file-name=q', '-x', '9', '1', '--two-words', 'tw'],
             ['2'], ['-f', 'p', '5'], ['-f', 'p', '1', '--lvl', '7'], ['-fp', '3', '-x7']]:
    attempt(d, argv)
d.print_help()
