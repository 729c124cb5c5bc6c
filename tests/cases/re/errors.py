import re

for pat in ["(", "a)", "*a", "a**", "a+++", "[abc", "\\q", "x\\", "(?P<1>a)", "(?P=n)",
            "(?P<n>a)(?P=n)", "a{2", "{1}", "(a|b", "ab\n(c", "[z-a]", "a|*"]:
    try:
        p = re.compile(pat)
        print(repr(pat), "ok", p.groups)
    except re.error as e:
        print(repr(pat), "error:", e, "|", e.msg, e.pos, repr(e.pattern), e.lineno, e.colno)

try:
    re.search("a", 5)
except TypeError as e:
    print("TypeError", e)
try:
    re.compile(5)
except TypeError as e:
    print("TypeError", e)
try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print("ValueError", e)
m = re.match("(a)(?P<n>b)?", "a")
for g in [3, -1, "x", 1.5]:
    try:
        m.group(g)
    except IndexError as e:
        print("IndexError", repr(g), e)
try:
    m["zz"]
except IndexError as e:
    print("IndexError", e)
print(m.group(2), m.start(2), m.span("n"), m.groups("-"), m.lastindex, m.lastgroup)
print(isinstance(re.error("x"), Exception), re.error("boom"), re.error("bad", "pat", 1))
print(type(m).__name__, type(re.compile("")).__name__)
