# A task list: an order=True dataclass sorted by a key built in __post_init__, enum fields,
# asdict to JSON, a class pattern, and the options kept in __dataclass_params__.
from dataclasses import dataclass, field, asdict
from enum import Enum
from typing import List
import json
class Priority(Enum):
    LOW = 1
    HIGH = 2
@dataclass(order=True)
class Task:
    sort_key: tuple = field(init=False, repr=False)
    title: str
    priority: Priority = Priority.LOW
    tags: List[str] = field(default_factory=list)
    def __post_init__(self):
        self.sort_key = (-self.priority.value, self.title)
tasks = [Task("write"), Task("deploy", Priority.HIGH, ["ops"]), Task("alpha")]
for t in sorted(tasks): print(t)
print(json.dumps([asdict(t) | {"priority": t.priority.name} for t in tasks], default=str)[:120])
match tasks[1]:
    case Task(title=t, priority=Priority.HIGH):
        print("urgent", t)
print(Task.__match_args__, Task.__dataclass_params__.order if hasattr(Task, "__dataclass_params__") else "")

@dataclass(frozen=True, order=True)
class A:
    x: int = 0
print(A.__dataclass_params__)
