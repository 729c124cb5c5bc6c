"""Heap queues: the list primitives come from the Rust module _heapq; the
functions built from them (nlargest, nsmallest, merge) are here."""

from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop,
                    _heappop_max, _heapify_max, _heapreplace_max)

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator; among equal items, those
    of earlier inputs come first."""
    if reverse:
        make, pop, replace, sign = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        make, pop, replace, sign = heapify, heappop, heapreplace, 1
    # Entries are [sort key, input order, item, iterator]; the order is unique,
    # so items themselves are never compared.
    heap = []
    for order, iterable in enumerate(iterables):
        it = iter(iterable)
        for item in it:
            heap.append([item if key is None else key(item), order * sign, item, it])
            break
    make(heap)
    while heap:
        entry = heap[0]
        yield entry[2]
        for item in entry[3]:
            entry[0] = item if key is None else key(item)
            entry[2] = item
            replace(heap, entry)
            break
        else:
            pop(heap)


def nsmallest(n, iterable, key=None):
    """The n smallest items, as sorted(iterable, key=key)[:n]."""
    if n <= 0:
        return []
    # A max-heap of the best n seen so far, as [key, order, item]: the order
    # breaks ties in favour of earlier items, and inverts under the max-heap.
    best = []
    for order, item in enumerate(iterable):
        k = item if key is None else key(item)
        if len(best) < n:
            best.append([k, order, item])
            if len(best) == n:
                _heapify_max(best)
        elif k < best[0][0]:
            _heapreplace_max(best, [k, order, item])
    best.sort()
    return [entry[2] for entry in best]


def nlargest(n, iterable, key=None):
    """The n largest items, as sorted(iterable, key=key, reverse=True)[:n]."""
    if n <= 0:
        return []
    # A min-heap of the best n seen so far, as [key, -order, item], so that
    # earlier items win ties.
    best = []
    for order, item in enumerate(iterable):
        k = item if key is None else key(item)
        if len(best) < n:
            best.append([k, -order, item])
            if len(best) == n:
                heapify(best)
        elif best[0][0] < k:
            heapreplace(best, [k, -order, item])
    best.sort(reverse=True)
    return [entry[2] for entry in best]
