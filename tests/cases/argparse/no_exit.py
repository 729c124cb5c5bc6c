import argparse
import sys
sys.stderr = sys.stdout

# exit_on_error=False: the parser raises ArgumentError instead of exiting.
p = argparse.ArgumentParser(prog='ne', exit_on_error=False)
p.add_argument('--n', type=int)
p.add_argument('--c', choices=['a', 'b'])
p.add_argument('--two', nargs=2)
p.add_argument('pos', nargs='?')


def pct(s):
    value = float(s)
    if not 0 <= value <= 100:
        raise argparse.ArgumentTypeError('%s is not a percentage' % s)
    return value


p.add_argument('--pct', type=pct)
p.add_argument('--ex', type=lambda s: {'x': 1}[s])
for argv in [['--n', 'x'], ['--c', 'z'], ['--two', 'a'], ['--pct', '120'], ['--pct', 'abc'],
             ['--pct', '50', '--n', '3', 'p']]:
    try:
        print(p.parse_args(argv))
    except argparse.ArgumentError as e:
        print('ArgumentError:', e, '|', repr(e.argument_name), '|', e.message)
# Unknown arguments and missing required ones still go through error(), which exits.
for argv in [['a', 'b'], ['--ex', 'y']]:
    try:
        print(p.parse_args(argv))
    except argparse.ArgumentError as e:
        print('ArgumentError:', e)
    except SystemExit as e:
        print('exit', e.code)
    except KeyError as e:
        print('KeyError', e)

r = argparse.ArgumentParser(prog='rq', exit_on_error=False)
r.add_argument('--need', required=True)
try:
    r.parse_args([])
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
except SystemExit as e:
    print('exit', e.code)

e = argparse.ArgumentError(None, 'plain message')
print(str(e), e.argument_name, e.args)
print(isinstance(argparse.ArgumentTypeError('x'), Exception), argparse.ArgumentTypeError('x').args)


# error() and exit() can be overridden or called directly.
class Raising(argparse.ArgumentParser):
    def error(self, message):
        raise ValueError('bad command line: ' + message)


q = Raising(prog='raising')
q.add_argument('x', type=int)
for argv in [['a'], [], ['1', '2']]:
    try:
        print(q.parse_args(argv))
    except ValueError as err:
        print(err)

s = argparse.ArgumentParser(prog='s')
for call in [lambda: s.exit(), lambda: s.exit(3), lambda: s.exit(4, 'leaving now\n'),
             lambda: s.error('went wrong')]:
    try:
        call()
    except SystemExit as err:
        print('exit', err.code)
s.print_usage(sys.stdout)
s.print_help(file=sys.stdout)

# Errors from building the parser.
for bad in [lambda: s.add_argument('--a', nargs='x'), lambda: s.add_argument('--b', nargs=-1),
            lambda: s.add_argument('--c', action='store_const'),
            lambda: s.add_argument('--d', const=1),
            lambda: s.add_argument('--e', type=int, metavar=('A', 'B')),
            lambda: s.add_argument('-', dest='x'),
            lambda: s.add_argument('--f', '-h'),
            lambda: s.add_argument('--g', type=argparse.FileType),
            lambda: s.add_argument('p', 'q'),
            lambda: s.add_mutually_exclusive_group().add_argument('--m', required=True),
            lambda: argparse.ArgumentParser(conflict_handler='odd').add_argument('--x')]:
    try:
        print(bad())
    except Exception as err:
        print(type(err).__name__, err)
