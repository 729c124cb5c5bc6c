import argparse

p = argparse.ArgumentParser(prog='prog', description='demo')
p.add_argument('path')
p.add_argument('--count', type=int, default=1)
print('before')
args = p.parse_args(['a', '--count', 'many'])
print('not reached')
