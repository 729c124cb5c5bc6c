import argparse, sys
sys.stderr = sys.stdout

p = argparse.ArgumentParser(prog='prog')
p.add_argument('n', type=int)
p.add_argument('--color', choices=['red', 'blue'])
p.add_argument('--val', type=float)
p.add_argument('--two', nargs=2)
p.add_argument('--plus', nargs='+')
p.add_argument('--foo')
p.add_argument('--foobar')
p.add_argument('-x', action='store_true')
m = p.add_mutually_exclusive_group()
m.add_argument('--up', action='store_true')
m.add_argument('--down', action='store_true')

def pos_int(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % s)
    return v
p.add_argument('--pos', type=pos_int)

for argv in [[], ['x'], ['1', '--color', 'green'], ['1', '--val', 'abc'], ['1', '--two', 'a'],
             ['1', '--plus'], ['1', '2'], ['1', '--fo', 'a'], ['1', '--foo'], ['1', '-xy'],
             ['1', '--up', '--down'], ['1', '--pos', '-3'], ['1', '--pos', 'zz'],
             ['1', '-x=3'], ['1', '--unknown'], ['--color']]:
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)

for bad in [lambda: p.add_argument('n2', dest='d'), lambda: p.add_argument('-x'),
            lambda: p.add_argument('--z', action='bogus'),
            lambda: p.add_argument('--w', type='int'),
            lambda: p.add_argument('--k', nargs=0),
            lambda: p.add_argument('bad', required=True),
            lambda: p.add_argument('zz-', '--q')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

q = argparse.ArgumentParser(prog='q', exit_on_error=False)
q.add_argument('--n', type=int)
try:
    q.parse_args(['--n', 'x'])
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
