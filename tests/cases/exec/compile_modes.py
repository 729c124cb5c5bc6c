# compile() in each mode, and the code objects exec/eval accept.
ns = {}
c = compile("a = 2\nb = a ** 10", "<calc>", "exec")
print(type(c).__name__, exec(c, ns), ns["b"])
print(eval(c, ns))
e = compile("b // 3 + a", "<calc>", "eval")
print(eval(e, ns), eval(e, ns, {"a": 100}))
single = compile("b - 24", "<calc>", "single")
exec(single, ns)
exec(compile("None", "<s>", "single"))
exec(compile("x = 5", "<s>", "single"), ns)
print(ns["x"])
for i in range(3):
    exec(compile("print('loop', i)", "<s>", "exec"))
try:
    compile("a = 1\nb = 2", "<s>", "single")
except SyntaxError as err:
    print(err)
try:
    compile("a = 1", "<s>", "eval")
except SyntaxError as err:
    print(err)
try:
    eval(compile("1/0", "<zero>", "eval"))
except ZeroDivisionError as err:
    print("ZeroDivisionError", err)
