import argparse, sys
sys.stderr = sys.stdout

p = argparse.ArgumentParser(prog='git')
p.add_argument('--debug', action='store_true')
sub = p.add_subparsers(dest='command', help='sub-command help')
a = sub.add_parser('add', help='add files')
a.add_argument('files', nargs='+')
a.add_argument('-f', '--force', action='store_true')
a.set_defaults(func='do_add')
c = sub.add_parser('commit', aliases=['ci'], help='record changes')
c.add_argument('-m', '--message', required=True)
sub.add_parser('status')

for argv in [['add', 'x', 'y'], ['--debug', 'add', '-f', 'z'], ['commit', '-m', 'msg'],
             ['ci', '-m', 'm2'], ['status'], [], ['push'], ['commit'], ['add', '--bogus', 'x']]:
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)

p.print_help()
a.print_help()
c.print_usage()
try:
    p.parse_args(['commit', '-h'])
except SystemExit as e:
    print('exit', e.code)

q = argparse.ArgumentParser(prog='q')
qs = q.add_subparsers(title='commands', description='valid commands', dest='cmd',
                      required=True, metavar='CMD')
qs.add_parser('run', help='run it').add_argument('target')
qs.add_parser('stop', help='stop it')
q.print_help()
for argv in [['run', 't'], []]:
    try:
        print(q.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)
