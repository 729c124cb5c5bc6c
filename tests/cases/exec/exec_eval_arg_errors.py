tests = ["exec(1)", "eval(1)", "exec('x', 1)", "eval('x', 1)", "eval('x', {}, 1)", "exec('x', {}, 1)",
 "compile('x', 'f', 'bad')", "exec()", "eval()", "compile('x')", "compile('x','f')", "globals(1)", "locals(1)",
 "exec('1', globals=None)", "eval('1', globals={})", "compile(1, 'f', 'exec')", "compile('x', 1, 'exec')", "exec('1',{},{},{})",
 "eval('1',{},{},{})", "compile('1','f','exec',0,False,-1,5)", "vars(1,2)", "dir(1,2)", "eval(compile('x=1','s','exec'))",
 "exec(b'print(12)')", "eval(b'1+2')", "exec('x', [])"]
for t in tests:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "->", type(e).__name__, e)
