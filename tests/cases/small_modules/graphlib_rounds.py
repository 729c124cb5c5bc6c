# graphlib: duplicate edges, self-loops, cycle reports, partial done() and generic aliases.
import graphlib
from graphlib import CycleError, TopologicalSorter


def cycle_of(graph):
    try:
        list(TopologicalSorter(graph).static_order())
    except CycleError as e:
        return e.args[0], e.args[1]
    return None


print(cycle_of({"a": ["a"]}))
print(cycle_of({"a": ["b"], "b": ["c"], "c": ["b"], "d": ["a"]}))
print(cycle_of({1: [2, 3], 2: [4], 3: [4], 4: [1]}))
print(cycle_of({"x": [], "y": ["x"]}))

ts = TopologicalSorter()
ts.add("late", "dep", "dep")
ts.add("dep")
ts.add("dep")
ts.prepare()
print(ts.get_ready(), ts.get_ready(), ts.is_active())
ts.done("dep")
print(ts.get_ready())
ts.done("late")
print(ts.is_active(), bool(ts))

ts = TopologicalSorter({"c": ["a", "b"]})
ts.prepare()
first = ts.get_ready()
print(sorted(first))
try:
    ts.done("a", "c")
except ValueError as e:
    print("ValueError", e)
print(ts.get_ready())
ts.done("b")
print(ts.get_ready())

try:
    TopologicalSorter().add([1], 2)
except TypeError as e:
    print("TypeError", e)
ts = TopologicalSorter({1: [2]})
ts.prepare()
try:
    list(ts.static_order())
except ValueError as e:
    print("ValueError", e)

print(TopologicalSorter[int], graphlib.__all__)
print(CycleError.__mro__[1].__name__, CycleError("m", [1]).args)
order = list(TopologicalSorter({n: [n // 2] for n in range(1, 16)}).static_order())
print(order)
print(list(TopologicalSorter({"b": "a", "c": "ab", "a": ""}).static_order()))
