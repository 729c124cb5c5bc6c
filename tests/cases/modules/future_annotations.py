"""Postponed annotations (PEP 563): each annotation is kept as normalized source text."""
from __future__ import annotations

import __future__
from dataclasses import dataclass, fields
from typing import Optional, get_type_hints


def spelled(a: lambda *a, k=1: 0, b: lambda: 1, c: lambda x, /, y: 2, d: (1).real,
            g: x[1:2, ::3], h: x[()], i: x[1,], j: -x ** -y, k: (a, b), l: (not a) + 1,
            m: f"a{b!r:>{w}}{{c}} {x=}", o: [*a, *b], p: {**a, 'b': 1},
            r: (a if b else c) if d else e, s: a < b < c, t: 2 ** 3 ** 4,
            u: (2 ** 3) ** 4, v: a - (b - c), w: 1e400, z: 'it\'s', aa: b'x',
            cc: f(x for x in y), dd: {x: y for x, y in z if x}, ee: a.b[c, ...],
            ff: Dict[str,List[int]], gg: int|None, hh: 0x1F + 2j, ii: {1, 2} and not q,
            jj: f(*a, k=1, **kw), kk: ~a << 2 & 3 ^ 4 | 5, ll: x[a:b, c]) -> "Tree":
    pass


for name, text in spelled.__annotations__.items():
    print(f"{name:>6}: {text}")


@dataclass
class Node:
    value: int
    next: Node | None = None

    def push(self, value: int) -> Node:
        return Node(value, self)


class Tree:
    size: int = 0
    label: "str"
    root: Optional[Node]

    def insert(self, node: Node, *, depth: int = 0) -> Tree | None:
        return None


print(Node.__annotations__, [f.type for f in fields(Node)])
print(Node(1).push(2))
print(Tree.__annotations__)
print(get_type_hints(Tree))
print(get_type_hints(Tree.insert))
print(get_type_hints(Node.push))
count: int = 3
names: list[str]
print(__annotations__)


def local_annotations():
    unused: undefined_name = 1  # never evaluated, so no NameError
    return unused


print(local_annotations())
print(__future__.annotations, __future__.annotations.getMandatoryRelease())
print(__future__.division.getOptionalRelease(), __future__.division.compiler_flag)
print(__future__.all_feature_names)
print(annotations is __future__.annotations)

for source in ["from __future__ import braces", "from __future__ import nope",
               "x = 1\nfrom __future__ import annotations",
               "'''doc'''\nfrom __future__ import division, annotations\nx: y = 1\n"
               "print(__annotations__)"]:
    try:
        exec(source, {})
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)
