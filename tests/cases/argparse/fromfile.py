import argparse
import os
import sys
sys.stderr = sys.stdout

with open('_argparse_args.txt', 'w') as f:
    f.write('--name\nfrom file\n-v\n@_argparse_more.txt\n')
with open('_argparse_more.txt', 'w') as f:
    f.write('pos1\n')
p = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
p.add_argument('--name')
p.add_argument('-v', action='store_true')
p.add_argument('pos', nargs='*')
print(p.parse_args(['@_argparse_args.txt', 'pos2']))


class Splitting(argparse.ArgumentParser):
    def convert_arg_line_to_args(self, arg_line):
        return arg_line.split()


with open('_argparse_args.txt', 'w') as f:
    f.write('--name one two\n')
q = Splitting(prog='sp', fromfile_prefix_chars='@+')
q.add_argument('--name')
q.add_argument('rest', nargs='*')
print(q.parse_args(['+_argparse_args.txt']))
os.remove('_argparse_args.txt')
os.remove('_argparse_more.txt')
try:
    q.parse_args(['@_argparse_missing.txt'])
except SystemExit as e:
    print('exit', e.code)
