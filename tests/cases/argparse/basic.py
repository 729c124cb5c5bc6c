import argparse
import sys
sys.stderr = sys.stdout

p = argparse.ArgumentParser(prog='tool', description='Process some integers.')
p.add_argument('integers', metavar='N', type=int, nargs='+', help='an integer for the accumulator')
p.add_argument('--sum', dest='accumulate', action='store_const', const=sum, default=max,
               help='sum the integers (default: find the max)')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('-q', action='store_true')
p.add_argument('--no-color', action='store_false', dest='color')
p.add_argument('-I', '--include', action='append', help='add a path')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast', help='the mode')
p.add_argument('--level', type=float, required=False)
p.add_argument('--name', metavar='NAME', default='x')
p.add_argument('--opt', nargs='?', const='c', default='d')
p.add_argument('--many', nargs='*')
p.add_argument('--pair', nargs=2, type=int)

for argv in [['1', '2', '3'], ['1', '--sum', '5'], ['-vvv', '7'], ['-v', '-v', '7', '-q'],
             ['--no-color', '4', '-I', 'a', '-Ib', '--include=c'], ['--mode', 'slow', '1'],
             ['--level=2.5', '1'], ['--opt', '1'], ['1', '--opt'], ['1', '--opt=z'],
             ['--many', 'a', 'b', '--', '5'], ['--pair', '3', '4', '9'], ['--verb', '1'],
             ['-vq', '1'], ['--', '-5'], ['-5' if False else '5', '--name', 'n']]:
    try:
        ns = p.parse_args(argv)
    except SystemExit as e:
        print(argv, '-> exit', e.code)
        continue
    print(argv, '->', ns)
    print('  ', ns.accumulate(ns.integers), ns.verbose, ns.color, 'q' in ns)

ns, rest = p.parse_known_args(['1', '--bogus', 'x', '2'])
print(ns.integers, rest)
print(argparse.Namespace(a=1, b='x') == argparse.Namespace(b='x', a=1))
print(argparse.Namespace(**{'a-b': 1, 'c': 2}))
print(vars(argparse.Namespace(z=1)))
p.print_help()
p.print_usage()
print(repr(p.format_usage()))
