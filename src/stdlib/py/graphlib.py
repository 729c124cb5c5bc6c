"""Topological ordering of hashable nodes: all at once (static_order) or
round by round, handing out the nodes whose predecessors are all done."""

from types import GenericAlias

__all__ = ['TopologicalSorter', 'CycleError']


class CycleError(ValueError):
    """Raised by prepare(); args[1] lists a cycle, its first node repeated last."""


# What a node's `waiting` count turns into once the node leaves the graph.
_HANDED_OUT = -1
_FINISHED = -2
_END = object()


class _Node:
    __slots__ = ('waiting', 'followers')

    def __init__(self):
        self.waiting = 0     # predecessors not yet done, or one of the states above
        self.followers = []  # nodes that name this one as a predecessor


class TopologicalSorter:
    """Orders the nodes of a graph so that each comes after its predecessors."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None  # a list once prepare() has run
        self._handed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    __class_getitem__ = classmethod(GenericAlias)

    def _entry(self, node):
        entry = self._nodes.get(node)
        if entry is None:
            entry = self._nodes[node] = _Node()
        return entry

    def _require_prepared(self):
        if self._ready is None:
            raise ValueError('prepare() must be called first')

    def add(self, node, *predecessors):
        """Add node, which must come after each of predecessors."""
        if self._ready is not None:
            raise ValueError('Nodes cannot be added after a call to prepare()')
        self._entry(node).waiting += len(predecessors)
        for before in predecessors:
            self._entry(before).followers.append(node)

    def prepare(self):
        """Freeze the graph; raise CycleError if it has a cycle."""
        if self._ready is not None:
            raise ValueError('cannot prepare() more than once')
        self._ready = [node for node, entry in self._nodes.items() if entry.waiting == 0]
        cycle = self._a_cycle()
        if cycle:
            raise CycleError('nodes are in a cycle', cycle)

    def get_ready(self):
        """The nodes that became ready since the last call, as a tuple."""
        self._require_prepared()
        batch = tuple(self._ready)
        self._ready.clear()
        for node in batch:
            self._nodes[node].waiting = _HANDED_OUT
        self._handed_out += len(batch)
        return batch

    def is_active(self):
        """Whether nodes remain to be handed out or marked done."""
        self._require_prepared()
        return self._finished < self._handed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark handed-out nodes done, which may make their followers ready."""
        self._require_prepared()
        for node in nodes:
            entry = self._nodes.get(node)
            if entry is None:
                raise ValueError(f'node {node!r} was not added using add()')
            if entry.waiting == _FINISHED:
                raise ValueError(f'node {node!r} was already marked done')
            if entry.waiting != _HANDED_OUT:
                raise ValueError(f'node {node!r} was not passed out (still not ready)')
            entry.waiting = _FINISHED
            self._finished += 1
            for follower in entry.followers:
                after = self._nodes[follower]
                after.waiting -= 1
                if after.waiting == 0:
                    self._ready.append(follower)

    def _a_cycle(self):
        """Depth-first walk along followers; returns the first path that
        comes back to one of its own nodes, or None."""
        visited = set()
        for root in self._nodes:
            if root in visited:
                continue
            visited.add(root)
            path = [root]
            depth_of = {root: 0}
            pending = [iter(self._nodes[root].followers)]
            while pending:
                step = next(pending[-1], _END)
                if step is _END:
                    del depth_of[path.pop()]
                    pending.pop()
                    continue
                if step in depth_of:
                    return path[depth_of[step]:] + [step]
                if step in visited:
                    continue
                visited.add(step)
                depth_of[step] = len(path)
                path.append(step)
                pending.append(iter(self._nodes[step].followers))
        return None

    def static_order(self):
        """Yield every node, each after its predecessors."""
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)
