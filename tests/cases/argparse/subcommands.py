import argparse
import sys
sys.stderr = sys.stdout


def cmd_init(args):
    print('init in', args.path, 'bare' if args.bare else 'normal')


def cmd_remote_add(args):
    print('remote add', args.name, args.url)


def cmd_remote_list(args):
    print('remote list', 'verbose' if args.verbose else 'terse')


p = argparse.ArgumentParser(prog='vcs', description='A version control tool.')
p.add_argument('-C', dest='cwd', default='.')
p.set_defaults(func=None)
sub = p.add_subparsers(title='commands', metavar='COMMAND')
init = sub.add_parser('init', help='create a repository', description='Create one.')
init.add_argument('path', nargs='?', default='.')
init.add_argument('--bare', action='store_true')
init.set_defaults(func=cmd_init)
remote = sub.add_parser('remote', help='manage remotes')
remote_sub = remote.add_subparsers(dest='remote_cmd', required=True)
radd = remote_sub.add_parser('add', help='add a remote')
radd.add_argument('name')
radd.add_argument('url')
radd.set_defaults(func=cmd_remote_add)
rlist = remote_sub.add_parser('list', aliases=['ls'])
rlist.add_argument('-v', '--verbose', action='store_true')
rlist.set_defaults(func=cmd_remote_list)
print(sub)
print(sorted(sub.choices))

for argv in [['init'], ['-C', 'dir', 'init', 'here', '--bare'], ['remote', 'add', 'o', 'u'],
             ['remote', 'ls', '-v'], ['remote', 'list'], [], ['remote'], ['remote', 'rm'],
             ['bogus'], ['init', '--bare', 'x', 'y'], ['remote', 'add', 'o'], ['-C']]:
    try:
        args = p.parse_args(argv)
    except SystemExit as e:
        print(argv, '-> exit', e.code)
        continue
    print(argv, '->', {k: v for k, v in vars(args).items() if k != 'func'})
    if args.func is not None:
        args.func(args)

p.print_help()
remote.print_help()
rlist.print_help()
radd.print_usage()
for argv in [['remote', '-h'], ['remote', 'add', '--help']]:
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print('exit', e.code)

# Defaults of the subparser win over the parent's for the same dest.
q = argparse.ArgumentParser(prog='q')
q.add_argument('--x', default='parent')
qs = q.add_subparsers(dest='cmd')
qa = qs.add_parser('a')
qa.add_argument('--x', default='child')
qs.add_parser('b')
print(q.parse_args(['a']), q.parse_args(['--x', 'given', 'a']), q.parse_args(['b']),
      q.parse_args([]))
print(q.parse_known_args(['a', '--y', '1']))

# Subparsers with a custom prog and parser_class, and a second add_subparsers.
class Mine(argparse.ArgumentParser):
    pass


r = argparse.ArgumentParser(prog='r')
rs = r.add_subparsers(prog='R', parser_class=Mine, help='choose one')
sp = rs.add_parser('go', prog='gogo')
print(type(sp).__name__, sp.prog, rs.add_parser('stop').prog)
r.print_help()
try:
    r.add_subparsers()
except SystemExit as e:
    print('exit', e.code)
try:
    rs.add_parser('go')
except argparse.ArgumentError as e:
    print('ArgumentError', e)
try:
    rs.add_parser('other', aliases=['stop'])
except argparse.ArgumentError as e:
    print('ArgumentError', e)

# A required subcommand with no dest or metavar.
n = argparse.ArgumentParser(prog='n')
ns = n.add_subparsers(required=True)
ns.add_parser('x')
ns.add_parser('y')
for argv in [[], ['z']]:
    try:
        n.parse_args(argv)
    except SystemExit as e:
        print('exit', e.code)
n.print_usage()
