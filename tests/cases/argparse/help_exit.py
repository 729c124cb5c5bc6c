import argparse
import sys

# The usual script shape: arguments from sys.argv, and -h printing help and exiting 0.
sys.argv = ['tool.py', '--verbose', '-h', 'ignored']
parser = argparse.ArgumentParser(description='Frobnicate the input.', epilog='See the docs.')
parser.add_argument('input', help='file to read')
parser.add_argument('--verbose', '-v', action='count', default=0, help='say more')
args = parser.parse_args()
print('not reached', args)
