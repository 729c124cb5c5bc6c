import argparse
import sys
sys.stderr = sys.stdout


def attempt(parser, argv, method='parse_args'):
    try:
        print(argv, '->', getattr(parser, method)(argv))
    except SystemExit as e:
        print(argv, '-> exit', e.code)


# Abbreviations of long options, and when they are refused.
p = argparse.ArgumentParser(prog='abbrev')
p.add_argument('--verbose', action='store_true')
p.add_argument('--version-string')
p.add_argument('--output')
p.add_argument('--out-dir')
for argv in [['--verb'], ['--verbo', '--outp', 'o'], ['--vers', 'v1'], ['--ver'], ['--out', 'x'],
             ['--out-', 'd'], ['--outp=z'], ['--ve=1'], ['--output', '--verbose']]:
    attempt(p, argv)
strict = argparse.ArgumentParser(prog='strict', allow_abbrev=False)
strict.add_argument('--verbose', action='store_true')
strict.add_argument('-c', action='count', default=0)
for argv in [['--verbose'], ['--verb'], ['-ccc']]:
    attempt(strict, argv)
    attempt(strict, argv, 'parse_known_args')

# Combined short flags and attached values.
s = argparse.ArgumentParser(prog='short')
s.add_argument('-a', action='store_true')
s.add_argument('-b', action='store_true')
s.add_argument('-c', action='count', default=0)
s.add_argument('-o')
s.add_argument('-n', type=int)
s.add_argument('file', nargs='?')
for argv in [['-abc'], ['-abo', 'out'], ['-aboout'], ['-ofile', '-n5'], ['-o=x'], ['-n', '-5'],
             ['-acco', 'f', 'pos'], ['-ax'], ['-a', '-z'], ['-o'], ['-o', '-a'], ['-n=3']]:
    attempt(s, argv)

# '--' separates options from positionals.
d = argparse.ArgumentParser(prog='dash')
d.add_argument('-f', action='store_true')
d.add_argument('--opt')
d.add_argument('items', nargs='*')
for argv in [['--', '-f', 'x'], ['a', '--', '--opt', 'b'], ['-f', '--'], ['--', '--'],
             ['--opt', '--', 'x'], ['a', '-f', 'b', '--', 'c']]:
    attempt(d, argv)

# Negative numbers: arguments unless the parser has options that look like them.
n = argparse.ArgumentParser(prog='neg')
n.add_argument('-x', type=float)
n.add_argument('nums', nargs='*', type=float)
for argv in [['-1', '-2.5'], ['-x', '-3', '4'], ['-x', '-.5'], ['-1e3'], ['-x'], ['--', '-7']]:
    attempt(n, argv)
n2 = argparse.ArgumentParser(prog='neg2')
n2.add_argument('-1', dest='one', action='store_true')
n2.add_argument('--num', type=int)
n2.add_argument('rest', nargs='*')
for argv in [['-1'], ['--num', '-5'], ['-1', 'x', '-2'], ['--', '-3']]:
    attempt(n2, argv)

# parse_known_args keeps what it does not recognise, in order.
k = argparse.ArgumentParser(prog='known')
k.add_argument('--a')
k.add_argument('pos')
for argv in [['x', '--b', '1', '--a', '2', 'y'], ['--zz=3', 'p', '-q'], ['p', '--', '--a', 'q']]:
    attempt(k, argv, 'parse_known_args')
ns = argparse.Namespace(a='preset', other=1)
print(k.parse_known_args(['p'], namespace=ns), ns)

# Intermixed: positionals may be split by options.
if hasattr(argparse.ArgumentParser, 'parse_intermixed_args'):
    im = argparse.ArgumentParser(prog='mix')
    im.add_argument('--foo')
    im.add_argument('-v', action='store_true')
    im.add_argument('cmd')
    im.add_argument('rest', nargs='*', type=int)
    for argv in [['doit', '1', '--foo', 'bar', '2', '-v', '3'], ['c', '--foo', 'f']]:
        attempt(im, argv)
        attempt(im, argv, 'parse_intermixed_args')
    attempt(im, ['c', '1', '--bad', '2'], 'parse_known_intermixed_args')
    attempt(im, ['c', '--bad', 'x'], 'parse_intermixed_args')
    attempt(im, [], 'parse_intermixed_args')

# Parsing twice with one parser gives independent results.
t = argparse.ArgumentParser(prog='twice')
t.add_argument('--l', action='append')
print(t.parse_args(['--l', 'a']), t.parse_args(['--l', 'b']), t.parse_args([]))

# A string default is converted by the type; other defaults are not.
c = argparse.ArgumentParser(prog='conv')
c.add_argument('--i', type=int, default='10')
c.add_argument('--j', type=int, default=2.5)
c.add_argument('--k', type=lambda s: s * 2, default='ab')
c.add_argument('--m', nargs='*', type=int, default='7')
print(c.parse_args([]), c.parse_args(['--k', 'z', '--i', '1']))

# Values from sys.argv when none are passed.
sys.argv = ['prog.py', '--i', '4', '--m', '1', '2']
print(c.parse_args())
print(argparse.ArgumentParser().prog)

# Option prefixes other than '-'.
pc = argparse.ArgumentParser(prog='pc', prefix_chars='/+')
pc.add_argument('/v', action='store_true')
pc.add_argument('++long')
pc.add_argument('+s')
attempt(pc, ['/v', '++long', 'x', '+s', '-1'])
attempt(pc, ['++lo=y'])
attempt(pc, ['-v'])
pc.print_help()
