"""Runs events at given times: a priority queue ordered by time, then priority, then
the order of scheduling, drained by `run()` with the clock and sleep it was given."""

import heapq
import threading
import time
from collections import namedtuple

__all__ = ["scheduler"]


# Plain tuple order: time, then priority, then sequence, which is never equal for two
# events, so the action never takes part.
Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')

_no_kwargs = object()


class scheduler:

    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        self._heap = []
        self._mutex = threading.RLock()
        self._next_sequence = 0
        self.timefunc = timefunc
        self.delayfunc = delayfunc

    def enterabs(self, time, priority, action, argument=(), kwargs=_no_kwargs):
        if kwargs is _no_kwargs:
            kwargs = {}
        with self._mutex:
            event = Event(time, priority, self._next_sequence, action, argument, kwargs)
            self._next_sequence += 1
            heapq.heappush(self._heap, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_no_kwargs):
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        with self._mutex:
            self._heap.remove(event)
            heapq.heapify(self._heap)

    def empty(self):
        with self._mutex:
            return not self._heap

    def run(self, blocking=True):
        """Runs the events as they fall due. Without `blocking`, runs those already
        due and returns how long until the next one (None when none is left)."""
        while True:
            with self._mutex:
                if not self._heap:
                    return None
                first = self._heap[0]
                now = self.timefunc()
                due = first.time <= now
                if due:
                    heapq.heappop(self._heap)
            if not due:
                if not blocking:
                    return first.time - now
                # Sleeping outside the lock lets other threads add earlier events; the
                # loop then looks at the queue afresh.
                self.delayfunc(first.time - now)
                continue
            first.action(*first.argument, **first.kwargs)
            # A zero sleep gives other threads a turn between events.
            self.delayfunc(0)

    @property
    def queue(self):
        with self._mutex:
            pending = list(self._heap)
        return sorted(pending)
