import argparse, sys
sys.stderr = sys.stdout

parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--config', default='c.ini')
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('--extend', action='extend', nargs='+', type=int)
child.add_argument('--const', action='append_const', const=7, dest='consts')
child.add_argument('--feature', action=argparse.BooleanOptionalAction, default=True,
                   help='use the feature')
child.add_argument('coords', nargs=2, type=float)
child.add_argument('-n', type=int)
child.set_defaults(extra='yes')
print(child.parse_args(['1', '2', '--extend', '1', '2', '--extend', '3', '--const', '--const',
                        '--no-feature', '--config', 'x']))
print(child.parse_args(['-1', '-2.5', '-n', '-3']))
print(child.get_default('config'), child.get_default('extra'))
child.print_help()

plus = argparse.ArgumentParser(prog='plus', prefix_chars='+-')
plus.add_argument('+x', action='store_true')
plus.add_argument('-y')
print(plus.parse_args(['+x', '-y', '1']))
plus.print_usage()

neg = argparse.ArgumentParser(prog='neg')
neg.add_argument('-1', dest='one', action='store_true')
neg.add_argument('x', nargs='?')
print(neg.parse_args(['-1']))
try:
    neg.parse_args(['-2'])
except SystemExit as e:
    print('exit', e.code)

long = argparse.ArgumentParser(prog='a_program_name_that_is_really_quite_long_indeed_yes_it_is')
for name in ['alpha', 'beta', 'gamma', 'delta', 'epsilon']:
    long.add_argument('--' + name, help=name)
long.add_argument('first')
long.add_argument('second')
long.print_usage()

inter = argparse.ArgumentParser(prog='inter')
inter.add_argument('a')
inter.add_argument('--o')
inter.add_argument('b', nargs='*')
print(inter.parse_known_args(['1', '--o', 'x', '2', '3']))
print(inter.parse_args(['--o', 'x', '1', '2', '3']))
r = argparse.ArgumentParser(prog='r', conflict_handler='resolve')
r.add_argument('--v', help='first')
r.add_argument('--v', help='second')
r.print_help()
ns = argparse.Namespace()
print(argparse.ArgumentParser(prog='z').parse_args([], namespace=ns) is ns, ns)
print(argparse.ArgumentParser(prog='z', description='d'))
act = argparse.ArgumentParser(prog='y').add_argument('--w', type=int, default=3)
print(act)
print(argparse.FileType('w'), argparse.FileType('r', encoding='utf-8'))
try:
    argparse.ArgumentParser(prog='n').parse_args(['extra1', 'extra2'])
except SystemExit as e:
    print('exit', e.code)
