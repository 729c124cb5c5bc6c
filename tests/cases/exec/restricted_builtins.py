code = """
total = 0
for i in range(5):
    total += i
result = total * 2
"""
ns = {}
exec(code, ns)
print(ns["result"])
expr = "a * b + c"
print(eval(expr, {"a": 2, "b": 3, "c": 4}))
print(eval("max(x)", {"x": [1, 5, 2]}))
print(eval("abs(-3)", {"__builtins__": {}}) if False else "skip")
safe = {"__builtins__": None}
try:
    eval("len([1])", safe)
except Exception as e:
    print(type(e).__name__, e)
def calc(op):
    return eval(f"10 {op} 3")
print([calc(op) for op in "+-*/%"])
exec("def greet(n): return 'hi ' + n", globals())
print(greet("bob"))
namespace = {}
exec("class A:\n    x = 1\n    def m(self): return self.x + 1", namespace)
print(namespace["A"]().m())
restricted = {"__builtins__": {}}
try:
    eval("len([1, 2])", restricted)
except NameError as e:
    print("NameError:", e)
print(eval("x + 1", {"__builtins__": {}, "x": 41}))
allowed = {"__builtins__": {"len": len, "abs": abs}}
print(eval("len('abc') + abs(-2)", allowed))
try:
    eval("print('no')", allowed)
except NameError as e:
    print("NameError:", e)
print(len("still works"))
