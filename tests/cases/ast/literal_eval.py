import ast

samples = [
    "42", "-7", "+3.5", "1_000", "0x1F", "1e3", "2j", "1+2j", "-1.5-0.5j", "'text'", "b'raw'",
    "True", "None", "...", "(1, 'a', [2.5, None])", "[1, [2, [3]]]", "{'a': 1, 'b': (2, 3)}",
    "{1, 2, 3}", "set()", "  [1, 2]", "\t{'k': [True, False]}", "('single',)", "()", "{}",
    "'con' 'cat'", "[\n 1,\n 2,\n]",
]
for s in samples:
    v = ast.literal_eval(s)
    print(repr(s), "->", repr(v), type(v).__name__)

bad = ["x", "1 + 1", "len([])", "[1, y]", "{'a': b}", "-'s'", "2 ** 8", "--1", "{**d}", "f'x'", "a.b", "1 if 2 else 3", "{1: 2, **{}}", "1j + 1", "-(-1)", "x + 1j", "True + 1j"]
for s in bad:
    try:
        ast.literal_eval(s)
    except ValueError as e:
        msg = str(e)
        print(repr(s), "ValueError", msg.split(": <")[0], msg.split(".")[-1].split(" ")[0] if "<ast." in msg else "")

for s in ["1 +", "[1, 2", "'unterminated"]:
    try:
        ast.literal_eval(s)
    except SyntaxError as e:
        print(repr(s), "SyntaxError", e.msg, e.filename, e.lineno)
try:
    ast.literal_eval("{[1]: 2}")
except TypeError as e:
    print("TypeError", e)
try:
    ast.literal_eval(5)
except ValueError as e:
    print("ValueError", e)

config = ast.literal_eval("{'debug': True, 'ports': [80, 443], 'ratio': 0.75}")
print(config["ports"][1], config["ratio"] * 4)
