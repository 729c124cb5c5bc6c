import argparse
p = argparse.ArgumentParser()
p.add_argument('--flag', action='store_true')
p.add_argument('rest', nargs='*')
print(p.prog)
print(p.parse_args())
p.print_usage()
