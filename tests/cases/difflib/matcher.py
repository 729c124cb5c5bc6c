import difflib

s = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio(), s.get_matching_blocks(), s.get_opcodes())
s = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;')
print(round(s.ratio(), 3), s.get_matching_blocks())
for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, 'qabxcd', 'abycdf').get_opcodes():
    print('%7s a[%d:%d] (%s) b[%d:%d] (%s)' % (tag, i1, i2, 'qabxcd'[i1:i2], j1, j2, 'abycdf'[j1:j2]))
print(difflib.SequenceMatcher(None, 'abcd', 'bcde').find_longest_match(0, 4, 0, 4))
print(difflib.SequenceMatcher(None, '', '').ratio(), difflib.SequenceMatcher(None, 'a', '').ratio())
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(difflib.get_close_matches('wheel', ['while', 'where', 'wheat', 'shell', 'whale', 'wheels'], n=4, cutoff=0.5))
import keyword
print(difflib.get_close_matches('pritn', ['print', 'printf', 'sprint', 'pint', 'prune'] + keyword.kwlist))
long_a = ('x' * 150 + 'abc' * 30 + 'y' * 50)
long_b = ('x' * 140 + 'abd' * 30 + 'z' * 60)
m = difflib.SequenceMatcher(None, long_a, long_b)
print(round(m.ratio(), 6), len(m.get_opcodes()), m.get_opcodes()[:4], sorted(m.bpopular))
m2 = difflib.SequenceMatcher(None, long_a, long_b, autojunk=False)
print(round(m2.ratio(), 6), len(m2.get_opcodes()))
a = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n', 'eleven\n']
b = ['zero\n', 'one\n', 'two\n', 'tree\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n', 'twelve\n']
print(''.join(difflib.unified_diff(a, b, fromfile='before.txt', tofile='after.txt')))
print(''.join(difflib.unified_diff(a, b, n=1, fromfiledate='d1', tofiledate='d2')))
print(''.join(difflib.context_diff(a, b, fromfile='before.txt', tofile='after.txt')))
print(list(difflib.unified_diff(['a'], ['b'], lineterm='')), list(difflib.unified_diff(a, a)), list(difflib.context_diff([], ['x\n'])))
print(list(difflib.SequenceMatcher(None, a, b).get_grouped_opcodes(1)))
for bad in [lambda: difflib.get_close_matches('x', [], n=0), lambda: difflib.get_close_matches('x', [], cutoff=2)]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
