# SyntaxError raised by compile/exec/eval, with the attributes CPython sets.
for src in ["x = = 1", "1 +", "def f():\nreturn 1", "print('a'", "for x in 1 2: pass"]:
    try:
        compile(src, "<string>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text), str(e))
for src in ["x = 1", "import os", "1; 2", "1\n2", "a, b = 1, 2", "x += 1", "yield 5", "  1 + 2", "pass"]:
    try:
        print(repr(eval(src)))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_offset, str(e))
try:
    exec("x = (", {}, {})
except SyntaxError as e:
    print(e.args[0], e.args[1][:4])
try:
    compile("a b", "/some/dir/prog.py", "exec")
except SyntaxError as e:
    print(e, "|", e.filename)
