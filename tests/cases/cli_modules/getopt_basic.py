import getopt

print(getopt.getopt(['-a', '-b', 'val', '-cfoo', 'file1', '-d'], 'ab:c:d'))
print(getopt.getopt(['--verbose', '--output=out.txt', '--lev', '3', 'x'], 'v', ['verbose', 'output=', 'level=']))
print(getopt.getopt(['-a', '--', '-b'], 'ab'))
print(getopt.getopt(['-', '-a'], 'a'))
print(getopt.gnu_getopt(['x', '-a', 'y', '--long', 'z'], 'a', ['long']))
print(getopt.gnu_getopt(['x', '-a'], '+a'))
print(getopt.getopt(['-ab'], 'ab'), getopt.getopt(['--ver'], '', 'version'))
for args, short, long in [(['-x'], 'a', []), (['-b'], 'b:', []), (['--nope'], '', ['yes']), (['--out'], '', ['out=']),
                          (['--flag=1'], '', ['flag']), (['--ve'], '', ['verbose', 'version'])]:
    try:
        print(getopt.getopt(args, short, long))
    except getopt.GetoptError as e:
        print('GetoptError:', e, '|', e.msg, '|', e.opt, '|', e.args)
print(getopt.error is getopt.GetoptError)
