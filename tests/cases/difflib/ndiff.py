import difflib

text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
result = list(difflib.Differ().compare(text1, text2))
print(''.join(result))
diff = list(difflib.ndiff(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n']))
print(''.join(diff), end='')
print(''.join(difflib.restore(diff, 1)), end='')
print(''.join(difflib.restore(diff, 2)), end='')
print(list(difflib.ndiff(['a\tb\n'], ['a\tc\n'])), list(difflib.ndiff(['abc\n', 'xyz\n'], ['xyz\n', 'abc\n'])))
print(list(difflib.ndiff(['same\n', 'totally different\n'], ['same\n', 'nothing alike here\n', 'extra\n'])))
try:
    list(difflib.restore(diff, 3))
except ValueError as e:
    print('ValueError', e)
