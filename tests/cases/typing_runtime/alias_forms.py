# How typing's aliases and special forms print, compare and fail, one expression a line.
import typing
from typing import *
T = TypeVar("T")
for expr in ["List[int, str]", "Dict[int]", "Generic[int]", "Generic[()]", "Generic[T, T]", "List()", "Any[int]", "Union[()]",
             "isinstance(1, List[int])", "isinstance([], List)", "isinstance(1, Any)", "Optional[int, str]", "Hashable[int]",
             "TypeVar('X', int)", "TypeVar('X', covariant=True, contravariant=True)", "ClassVar[int, str]", "Tuple[()]", "Tuple[int, ...]",
             "Literal['a', 1, None]", "Annotated[int, 'm']", "get_args(Annotated[int, 'm'])", "get_origin(Annotated[int, 'm'])",
             "Type[int]", "Callable[[], int]", "get_args(Callable[[], int])", "List['X']", "Union[int, 'X']", "Callable[int, str]",
             "Optional[Union[int, str]]", "Union[int, str] | None", "int | List[int]", "List[int] | None", "T | None",
             "Union[int, str] == Union[str, int]", "List[int] == List[int]", "get_origin(typing.Iterable[int])", "typing.Iterable[int]",
             "typing.List", "get_origin(List)", "get_args(List)", "get_origin(int)", "get_args(int)", "get_origin(Generic)", "Generic",
             "typing.Iterator[T][int]", "Dict[str, T][int]", "Dict[str, T].__parameters__", "isinstance(3, Union[int, str])",
             "issubclass(int, Union[int, str])", "typing.Counter[str]", "typing.Deque[int]", "typing.DefaultDict[str, int]",
             "Dict[str, int].__origin__", "List[int].__args__", "Final[int]", "get_origin(ClassVar[int])", "NoReturn", "typing.Never",
             "TypeVar('B', bound='X')", "TypeVar('B', bound=int).__bound__", "TypeVar('C', int, str).__constraints__", "AnyStr",
             "typing.Sized", "typing.Sized[int]", "Sequence[int].__name__", "List.__name__", "Union[int, str].__origin__", "Optional",
             "Optional[None]", "Union[int, Union[str, float]]", "Union[int, str | None]", "Protocol", "typing.Set[int]", "typing.FrozenSet[int]",
             "Tuple[int, str].__args__", "get_args(Tuple[()])", "Callable", "Callable[..., int].__args__", "typing.Mapping[str, int]"]:
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


class Checker:
    """Not a class, but its class answers isinstance()/issubclass() for it."""

    def __instancecheck__(self, obj):
        return obj == 3

    def __subclasscheck__(self, cls):
        return cls is int


print(isinstance(3, Checker()), isinstance(4, Checker()), isinstance(4, (str, Checker())))
print(issubclass(int, Checker()), issubclass(str, Checker()))
try:
    isinstance(3, object())
except TypeError as e:
    print(e)
