import difflib
import pprint

def show(a, b):
    print(repr(''.join(difflib.ndiff(a, b))))

show(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n'])
show(['abc\n'], ['abd\n'])
show(['hello world\n'], ['hello there world\n'])
show(['\tindented x\n'], ['\tindented y\n'])
show(['a\n', 'b\n', 'c\n', 'd\n'], ['a\n', 'c\n', 'd\n', 'e\n'])
print('\n'.join(difflib.ndiff(pprint.pformat([1, 2]).splitlines(), pprint.pformat([1, 3]).splitlines())))
print('\n'.join(difflib.ndiff(pprint.pformat({'a': 1, 'b': 2}).splitlines(),
                              pprint.pformat({'a': 1, 'b': 3}).splitlines())))
big1 = list(range(30))
big2 = list(range(30)); big2[17] = 99
print('\n'.join(difflib.ndiff(pprint.pformat(big1).splitlines(), pprint.pformat(big2).splitlines())))

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
print(s.get_opcodes())
print(round(s.ratio(), 4), round(s.quick_ratio(), 4), round(s.real_quick_ratio(), 4))
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3))
print(s.find_longest_match(0, 28, 0, 37))
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print(tag, i1, i2, j1, j2)

a = ['line %d\n' % i for i in range(12)]
b = list(a); b[2] = 'changed\n'; b.insert(9, 'new\n'); del b[0]
print(''.join(difflib.unified_diff(a, b, fromfile='a.txt', tofile='b.txt')), end='')
print(''.join(difflib.context_diff(a, b, fromfile='a.txt', tofile='b.txt')), end='')
print(list(difflib.unified_diff(['x'], ['y'], lineterm='')))
print(list(difflib.unified_diff(['x'], ['x'])))

print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(difflib.get_close_matches('wheel', ['while', 'when', 'whale', 'wheat', 'heel'], n=2, cutoff=0.5))
print(list(difflib.restore(difflib.ndiff(['a\n', 'b\n'], ['a\n', 'c\n']), 2)))
print(difflib.IS_CHARACTER_JUNK(' '), difflib.IS_LINE_JUNK('  # \n'), difflib.IS_LINE_JUNK('x'))
for bad in [dict(n=0), dict(cutoff=1.5)]:
    try:
        difflib.get_close_matches('a', ['a'], **bad)
    except ValueError as e:
        print('ValueError:', e)
