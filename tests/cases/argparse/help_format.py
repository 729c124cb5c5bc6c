import argparse

p = argparse.ArgumentParser(prog='a_rather_long_program_name',
                            description='A description that is long enough to be wrapped '
                            'over more than one line of the help output, to see the filling.',
                            epilog='And an epilog at the end.')
p.add_argument('source', help='where to read from')
p.add_argument('dest', nargs='?', default='out', help='where to write (%(default)s)')
p.add_argument('extra', nargs='*', help='extra things')
p.add_argument('-o', '--output-file-with-long-name', metavar='FILE',
               help='a very long help text that must wrap around because it goes on and on '
                    'for a while, longer than a line')
p.add_argument('--choice', choices=['red', 'green', 'blue'], help='one of %(choices)s')
p.add_argument('--nohelp')
p.add_argument('--tuple', nargs=2, metavar=('A', 'B'))
p.add_argument('--hidden', help=argparse.SUPPRESS)
p.add_argument('--ver', action='version', version='%(prog)s 1.0')
g = p.add_argument_group('extra options', 'Options that are grouped.')
g.add_argument('--alpha', type=int, default=3, help='alpha value, type %(type)s')
g.add_argument('--beta', action='store_true', help='beta flag')
m = p.add_mutually_exclusive_group()
m.add_argument('--left', action='store_true')
m.add_argument('--right', action='store_true')
for i in range(6):
    p.add_argument('--flag%d' % i, action='store_true', help='flag number %d' % i)
p.print_help()

q = argparse.ArgumentParser(prog='q', formatter_class=argparse.ArgumentDefaultsHelpFormatter,
                            add_help=False)
q.add_argument('--n', type=int, default=5, help='count')
q.add_argument('--s', default='abc', help='string')
q.add_argument('pos', nargs='?', default=1, help='pos')
q.print_help()

r = argparse.ArgumentParser(prog='r', formatter_class=argparse.RawDescriptionHelpFormatter,
                            description='line one\n  line two indented\n\nline four')
r.add_argument('x', help='the x')
r.print_help()

t = argparse.ArgumentParser(prog='t', usage='%(prog)s [options] files')
t.print_help()
req = argparse.ArgumentParser(prog='req')
mx = req.add_mutually_exclusive_group(required=True)
mx.add_argument('-a', action='store_true')
mx.add_argument('-b', action='store_true')
req.add_argument('--need', required=True)
req.print_usage()
print(req.parse_args(['-a', '--need', 'x']))
try:
    p.parse_args(['--ver'])
except SystemExit as e:
    print('exit', e.code)
try:
    p.parse_args(['-h'])
except SystemExit as e:
    print('exit', e.code)
