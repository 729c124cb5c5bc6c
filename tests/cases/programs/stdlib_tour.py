import heapq, bisect, copy, textwrap, statistics, string, traceback, types, pprint
from dataclasses import dataclass, field, asdict
from contextlib import contextmanager, suppress
from typing import List

@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    tags: List[str] = field(default_factory=list, compare=False)

jobs = [Job(3, "deploy"), Job(1, "build", ["ci"]), Job(2, "test")]
heap = []
for j in jobs:
    heapq.heappush(heap, j)
order = [heapq.heappop(heap).name for _ in range(len(heap))]
print(order)
scores = sorted([88, 92, 79, 93, 85])
bisect.insort(scores, 90)
print(scores, bisect.bisect(scores, 90))
snapshot = copy.deepcopy(jobs)
jobs[1].tags.append("changed")
print(snapshot[1], jobs[1])
print(textwrap.fill("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.", 30))
print(f"mean={statistics.mean(scores):.2f} stdev={statistics.stdev(scores):.3f} median={statistics.median(scores)}")
print(string.capwords("the end of the tutorial"))

@contextmanager
def section(title):
    print(f"== {title} ==")
    yield
    print(f"== end {title} ==")

with section("errors"):
    with suppress(KeyError):
        {}["x"]
    try:
        1 / 0
    except ZeroDivisionError:
        print(traceback.format_exc().splitlines()[-1])
ns = types.SimpleNamespace(**asdict(jobs[0]))
print(ns)
pprint.pprint({"jobs": [asdict(j) for j in jobs], "scores": scores}, width=60)
