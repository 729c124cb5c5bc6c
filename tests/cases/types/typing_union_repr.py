import typing
from typing import Optional, Union, List, Dict, Callable, Tuple, Literal
print(List[None], Union[int, None], Optional[None], Callable[[int], None], Tuple[None, int], Dict[str, None], list[None])
print(Union[None, int], Union[int, str, None], Union[int, int], Union[int], Optional[str], Literal[None, "a", 1])
print(Union[int, str], Optional[List[int]], Dict[str, Optional[int]])


def parse(v: Union[str, int, None], w: Optional[float] = None) -> Optional[int]:
    return None


print(parse.__annotations__)
