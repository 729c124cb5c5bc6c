"""Waiting on many file descriptors at once: a registry of file objects with
the events wanted on each, answered by select.select or select.poll."""

import abc
import collections.abc
import math
import select

EVENT_READ = 1
EVENT_WRITE = 2
_ALL_EVENTS = EVENT_READ | EVENT_WRITE

SelectorKey = collections.namedtuple('SelectorKey', 'fileobj fd events data')


def _descriptor(fileobj):
    """The descriptor number behind an int or an object with fileno()."""
    fd = fileobj
    if not isinstance(fd, int):
        try:
            fd = int(fd.fileno())
        except (TypeError, ValueError, AttributeError):
            raise ValueError(f"Invalid file object: {fileobj!r}") from None
    if fd < 0:
        raise ValueError(f"Invalid file descriptor: {fd}")
    return fd


def _not_registered(fileobj):
    return KeyError(f"{fileobj!r} is not registered")


class BaseSelector(metaclass=abc.ABCMeta):
    """What every selector offers; subclasses supply the bookkeeping and the wait."""

    @abc.abstractmethod
    def register(self, fileobj, events, data=None):
        raise NotImplementedError

    @abc.abstractmethod
    def unregister(self, fileobj):
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    @abc.abstractmethod
    def select(self, timeout=None):
        raise NotImplementedError

    def close(self):
        pass

    def get_key(self, fileobj):
        keys = self.get_map()
        if keys is None:
            raise RuntimeError('Selector is closed')
        try:
            return keys[fileobj]
        except KeyError:
            raise _not_registered(fileobj) from None

    @abc.abstractmethod
    def get_map(self):
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


class _KeyView(collections.abc.Mapping):
    """Read-only view of a selector's keys, indexed by file object or descriptor."""

    def __init__(self, owner):
        self._owner = owner

    def __getitem__(self, fileobj):
        return self._owner._registered(fileobj)

    def __iter__(self):
        return iter(self._owner._keys)

    def __len__(self):
        return len(self._owner._keys)


class _Registry(BaseSelector):
    """Keeps the keys by descriptor; subclasses tell the OS primitive through
    _watch/_unwatch and turn its answer into (key, events) pairs."""

    def __init__(self):
        self._keys = {}
        self._view = _KeyView(self)

    def _fd_for(self, fileobj):
        try:
            return _descriptor(fileobj)
        except ValueError:
            # Once closed, a socket has no descriptor left; it can still be
            # unregistered because it is the very object that was registered.
            for key in self._keys.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def _registered(self, fileobj):
        try:
            return self._keys[self._fd_for(fileobj)]
        except KeyError:
            raise _not_registered(fileobj) from None

    def _watch(self, key):
        pass

    def _unwatch(self, key):
        pass

    def register(self, fileobj, events, data=None):
        if not events or events & ~_ALL_EVENTS:
            raise ValueError(f"Invalid events: {events!r}")
        fd = self._fd_for(fileobj)
        if fd in self._keys:
            raise KeyError(f"{fileobj!r} (FD {fd}) is already registered")
        key = SelectorKey(fileobj, fd, events, data)
        self._keys[fd] = key
        try:
            self._watch(key)
        except BaseException:
            del self._keys[fd]
            raise
        return key

    def unregister(self, fileobj):
        key = self._registered(fileobj)
        del self._keys[key.fd]
        self._unwatch(key)
        return key

    def modify(self, fileobj, events, data=None):
        key = self._registered(fileobj)
        if events != key.events:
            return super().modify(fileobj, events, data)
        if data != key.data:
            key = self._keys[key.fd] = key._replace(data=data)
        return key

    def close(self):
        self._keys.clear()
        self._view = None

    def get_map(self):
        return self._view

    def _answer(self, fd, events):
        """Append-ready pair for a descriptor the OS reported, or None if it
        was unregistered meanwhile."""
        key = self._keys.get(fd)
        if key is None:
            return None
        return key, events & key.events


class SelectSelector(_Registry):
    """Selector over select.select()."""

    def __init__(self):
        super().__init__()
        self._readers = set()
        self._writers = set()

    def _watch(self, key):
        for flag, fds in ((EVENT_READ, self._readers), (EVENT_WRITE, self._writers)):
            if key.events & flag:
                fds.add(key.fd)

    def _unwatch(self, key):
        for fds in (self._readers, self._writers):
            fds.discard(key.fd)

    def select(self, timeout=None):
        if timeout is not None:
            timeout = max(timeout, 0)
        try:
            readable, writable, _ = select.select(self._readers, self._writers, [], timeout)
        except InterruptedError:
            return []
        readable = set(readable)
        writable = set(writable)
        pairs = []
        for fd in readable | writable:
            got = (EVENT_READ if fd in readable else 0) | (EVENT_WRITE if fd in writable else 0)
            pair = self._answer(fd, got)
            if pair is not None:
                pairs.append(pair)
        return pairs


class PollSelector(_Registry):
    """Selector over select.poll()."""

    def __init__(self):
        super().__init__()
        self._poller = select.poll()

    @staticmethod
    def _poll_mask(events):
        mask = 0
        if events & EVENT_READ:
            mask |= select.POLLIN
        if events & EVENT_WRITE:
            mask |= select.POLLOUT
        return mask

    def _watch(self, key):
        self._poller.register(key.fd, self._poll_mask(key.events))

    def _unwatch(self, key):
        try:
            self._poller.unregister(key.fd)
        except OSError:
            pass

    def modify(self, fileobj, events, data=None):
        key = self._registered(fileobj)
        if events != key.events:
            try:
                self._poller.modify(key.fd, self._poll_mask(events))
            except BaseException:
                del self._keys[key.fd]
                raise
        elif data == key.data:
            return key
        key = self._keys[key.fd] = key._replace(events=events, data=data)
        return key

    def select(self, timeout=None):
        # poll() takes whole milliseconds; rounding up never wakes too early.
        if timeout is not None:
            timeout = 0 if timeout <= 0 else math.ceil(timeout * 1000)
        try:
            reported = self._poller.poll(timeout)
        except InterruptedError:
            return []
        pairs = []
        for fd, mask in reported:
            # Errors and hang-ups are neither POLLIN nor POLLOUT: they wake
            # both readers and writers so they notice.
            got = 0
            if mask & ~select.POLLIN:
                got |= EVENT_WRITE
            if mask & ~select.POLLOUT:
                got |= EVENT_READ
            pair = self._answer(fd, got)
            if pair is not None:
                pairs.append(pair)
        return pairs


DefaultSelector = PollSelector
