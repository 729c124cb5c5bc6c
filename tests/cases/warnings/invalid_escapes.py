# Invalid escapes warn (DeprecationWarning) while compiling; the default filters show
# them only for code whose file is __main__, so this file's own stay silent.
import warnings

s = "\d"
print(s, len(s), b"\q", f"\w{s}", "\777" == "\u01ff", r"\d")

sources = [
    's = "\\d\\e"',
    'b = "ok" "\\q" f"\\z{1}\\y"',
    'c = "\\777"\nd = b"\\777"\ne = "\\400\\d"\nf = "\\d\\400"\ng = "\\1234"',
    'h = f"{1:\\d}"\ni = f"{{\\d}}\\e"\nj = "\\8\\9" b"\\8"',
    'k = """\n\\k"""\nl = (\n  "a"\n  "\\d")',
    'm = "\\N{BULLET}\\x41\\u0041\\U00000041\\a\\b\\f\\n\\r\\t\\v\\\\\\\'\\"\\\n"',
    'n = b"\\N\\u\\U"',
]
warnings.simplefilter("always")
for src in sources:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
warnings.resetwarnings()
# The default action shows what no filter matches: exec'd code has no module.
exec('t = "\\d"')
warnings.filterwarnings("ignore", category=DeprecationWarning)
warnings.filterwarnings("default", category=DeprecationWarning, module="__main__")
compile('s = "\\p"', "__main__", "exec")
compile('s = "\\p"', "__main__.py", "exec")
compile('s = "\\p"', "other.py", "exec")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    compile('x = 1\ns = "\\p" if x is 1 else "\\o"', "<rec>", "exec")
for m in w:
    print(m.category.__name__, m.message, m.filename, m.lineno)
warnings.simplefilter("error")
for src in ['"\\d"', 'x = 1\ny = b"\\777"', 'f"{1}\\q"', '"\\d" if x is 1 else 0']:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)
