# Messages, lines and columns of syntax errors CPython 3.11 finds in the parser's
# error rules and in its symbol table.
sources = [
    "x = 1 if 2\n",
    "x = -a if b + c\n",
    "x = a if b if c else d\n",
    "f(a if b)\n",
    "x = lambda: 1 if 2\n",
    "x = 1 if 2 = 3\n",
    "[x for x in y if z 1]\n",
    "if a if b:\n  pass\n",
    "{1: 2, 3 4}\n",
    "{1: 2, 3}\n",
    "{1: 2, 3: 4, a.b c}\n",
    "{**a, 3}\n",
    "{1 2}\n",
    "{1:}\n",
    "{1: 2, 3:}\n",
    "{1: *a + b, 2: 3}\n",
    "def f(x):\n    global x\n",
    "def f():\n    x = 1\n    def g(x):\n        nonlocal x\n",
    "def f():\n    x += 1\n    global x\n",
    "def f():\n    x = x + 1\n    global x\n",
    "def f():\n    x = 1\n    def g():\n        x += 1\n        nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        del x\n        nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x\n",
    "def f():\n    x: int\n    global x\n",
    "def f():\n    global x\n    x: int = 1\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int\n",
    "print(x)\nglobal x\n",
    "def f():\n    [(yield x) for x in y]\n",
    "def f():\n    {(yield x) for x in y}\n",
    "def f():\n    {x: (yield x) for x in y}\n",
    "def f():\n    ((yield x) for x in y)\n",
    "def f():\n    [(yield from x) for x in y]\n",
    "x = [(yield 1) for x in y]\n",
    "def f():\n    [x for x in (yield)]\n",
    "[(await x) for x in y]\n",
    "def f():\n    [[await x for x in y] for z in w]\n",
    "def f():\n    [[x async for x in y] for z in w]\n",
    "async def f():\n    [(await x) for x in y]\n",
]
for src in sources:
    try:
        compile(src, "<src>", "exec")
        print("compiles:", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))
