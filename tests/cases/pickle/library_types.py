# Pickling objects of library classes the way programs keep them: dataclasses,
# enums, fractions; locks refuse to be pickled.
import dataclasses
import enum
import fractions
import pickle
import threading


@dataclasses.dataclass
class Item:
    name: str
    qty: int = 0
    tags: list = dataclasses.field(default_factory=list)


@dataclasses.dataclass(frozen=True)
class Frozen:
    x: int


class Color(enum.Enum):
    RED = 1
    GREEN = 2


inventory = {'items': [Item('apple', 3, ['fruit']), Item('pear')],
             'color': Color.RED, 'share': fractions.Fraction(1, 3)}
d = pickle.dumps(inventory)
print(len(d), d)
r = pickle.loads(d)
print(r, r['color'] is Color.RED)
print(pickle.loads(pickle.dumps(Frozen(1))))
print(pickle.dumps(fractions.Fraction(-5, 7)))
print(pickle.dumps(Color.GREEN, 2))


class Holder:
    def __init__(self):
        self.lock = threading.Lock()


for obj in (threading.Lock(), threading.RLock(), Holder()):
    try:
        pickle.dumps(obj)
    except TypeError as e:
        print('TypeError:', e)
