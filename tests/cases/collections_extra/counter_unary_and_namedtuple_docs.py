from collections import namedtuple, Counter
from typing import NamedTuple
P = namedtuple("P", "x y")
print(P.__doc__, P.x.__doc__, P.y.__doc__)
class Q(NamedTuple):
    a: int
    b: str = ""
class R(NamedTuple):
    "R docs"
    a: int
print(Q.__doc__, R.__doc__, Q.a.__doc__)
c = Counter(a=3, b=-2, c=0)
print(+c, -c, c)
print(-Counter(), +Counter(x=1.5, y=-0.5), -Counter(x=1.5, y=-0.5))
