from dataclasses import dataclass, field, fields, asdict, astuple, replace


@dataclass
class P:
    x: int
    y: int = 0


@dataclass
class Three:
    a: int
    b: int
    c: int


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: P())
attempt(lambda: P(1, 2, 3))
attempt(lambda: P(1, z=3))
attempt(lambda: P(1, x=2))
attempt(lambda: P(y=1))
attempt(lambda: Three())
attempt(lambda: Three(1))
attempt(lambda: Three(1, 2, 3, 4))
attempt(lambda: fields(3))
attempt(lambda: asdict(P))
attempt(lambda: astuple(5))
attempt(lambda: replace(P(1), z=5))
attempt(lambda: field(default=1, default_factory=list))


def define(make):
    try:
        make()
    except Exception as e:
        print(type(e).__name__ + ":", e)


def mutable_default():
    @dataclass
    class Bad:
        items: list = []


def mutable_dict():
    @dataclass
    class Bad:
        items: dict = {}


def order_after_default():
    @dataclass
    class Bad:
        a: int = 1
        b: int


def order_without_eq():
    @dataclass(order=True, eq=False)
    class Bad:
        a: int


def overwrite_lt():
    @dataclass(order=True)
    class Bad:
        a: int

        def __lt__(self, other):
            return True


def frozen_from_plain():
    @dataclass
    class Plain:
        a: int

    @dataclass(frozen=True)
    class Bad(Plain):
        b: int


def plain_from_frozen():
    @dataclass(frozen=True)
    class Frozen:
        a: int

    @dataclass
    class Bad(Frozen):
        b: int


def unannotated_field():
    @dataclass
    class Bad:
        a = field(default=1)


for make in [mutable_default, mutable_dict, order_after_default, order_without_eq,
             overwrite_lt, frozen_from_plain, plain_from_frozen, unannotated_field]:
    define(make)
