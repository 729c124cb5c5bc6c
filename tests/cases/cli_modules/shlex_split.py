import shlex

for s in ['a b  c', "one 'two three' four", 'x "y \\"z\\" w" v', 'a\\ b c', "it's\"\" ok'", 'e"mb"ed\'ded\'',
          '"a\\b" "\\$x" \'\\n\'', '', '   ', 'cmd # comment here', 'a#b c', "''", '""x', 'tab\tsep\nline']:
    try:
        print(repr(s), shlex.split(s), shlex.split(s, comments=True))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
for s in ['"open', "'open", 'end\\', '"a\\']:
    try:
        print(shlex.split(s))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
for s in ['', 'plain', 'with space', "it's", 'a"b', '$HOME', 'a,b/c-d.e:f@g%h+i=j', 'ü', 'x;y']:
    print(repr(s), shlex.quote(s))
print(shlex.join(['echo', 'hello world', "it's", '']))
print(shlex.split(shlex.join(['a b', "c'd", 'e"f'])))
