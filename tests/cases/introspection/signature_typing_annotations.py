# inspect shows typing annotations without their "typing." prefix, as CPython does.
import inspect
import typing
from dataclasses import dataclass, field


def lookup(keys: typing.List[int], default: typing.Optional[str] = None) -> typing.Dict[str, int]:
    return {}


@dataclass
class Basket:
    owner: str
    items: typing.List[str] = field(default_factory=list)
    limit: typing.Union[int, float] = 10


print(typing.List[int].__module__, typing.Any.__module__, typing.Optional.__module__)
print(inspect.signature(lookup))
print(inspect.signature(Basket))
print(inspect.formatannotation(typing.Tuple[int, ...]), inspect.formatannotation(int))
