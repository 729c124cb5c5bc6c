from graphlib import TopologicalSorter, CycleError

graph = {'D': {'B', 'C'}, 'C': {'A'}, 'B': {'A'}}
graph = {k: sorted(v) for k, v in graph.items()}
print(list(TopologicalSorter(graph).static_order()))
ts = TopologicalSorter()
ts.add(3, 2, 1)
ts.add(1, 0)
ts.add(7, 3)
ts.add(5)
print(tuple(ts.static_order()))
ts = TopologicalSorter({'b': ['a'], 'c': ['a'], 'd': ['b', 'c'], 'e': []})
ts.prepare()
rounds = []
while ts.is_active():
    ready = ts.get_ready()
    rounds.append(ready)
    ts.done(*ready)
print(rounds, bool(ts))
try:
    list(TopologicalSorter({1: [2], 2: [3], 3: [1], 0: [1]}).static_order())
except CycleError as e:
    print('CycleError', e.args, isinstance(e, ValueError))
ts = TopologicalSorter({'x': ['y']})
for bad in [lambda: ts.get_ready(), lambda: ts.is_active(), lambda: ts.done('x')]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
ts.prepare()
for bad in [lambda: ts.prepare(), lambda: ts.add('z'), lambda: ts.done('q'), lambda: ts.done('x'), lambda: ts.done('y')]:
    try:
        print(bad())
    except ValueError as e:
        print('ValueError', e)
print(ts.get_ready())
ts.done('y')
try:
    ts.done('y')
except ValueError as e:
    print('ValueError', e)
print(ts.get_ready(), list(TopologicalSorter().static_order()))
print(list(TopologicalSorter({-2: [-1], -1: []}).static_order()))
