"""Selectors: high-level I/O multiplexing, after CPython's Lib/selectors.py, over
select.select and select.poll."""

from abc import ABCMeta, abstractmethod
from collections import namedtuple
from collections.abc import Mapping
import math
import select

EVENT_READ = (1 << 0)
EVENT_WRITE = (1 << 1)


def _fileobj_to_fd(fileobj):
    if isinstance(fileobj, int):  # CPython: selectors.py:33
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())  # CPython: selectors.py:37
        except (AttributeError, TypeError, ValueError):  # CPython: selectors.py:38
            raise ValueError("Invalid file object: "  # CPython: selectors.py:39
                             "{!r}".format(fileobj)) from None  # CPython: selectors.py:40
    if fd < 0:
        raise ValueError("Invalid file descriptor: {}".format(fd))  # CPython: selectors.py:42
    return fd


SelectorKey = namedtuple('SelectorKey', ['fileobj', 'fd', 'events', 'data'])


class _SelectorMapping(Mapping):
    """Mapping of file objects to selector keys."""

    def __init__(self, selector):
        self._selector = selector

    def __len__(self):
        return len(self._selector._fd_to_key)  # CPython: selectors.py:67

    def __getitem__(self, fileobj):
        try:
            fd = self._selector._fileobj_lookup(fileobj)  # CPython: selectors.py:71
            return self._selector._fd_to_key[fd]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None  # CPython: selectors.py:74

    def __iter__(self):
        return iter(self._selector._fd_to_key)  # CPython: selectors.py:77


class BaseSelector(metaclass=ABCMeta):
    @abstractmethod
    def register(self, fileobj, events, data=None):
        raise NotImplementedError  # CPython: selectors.py:116

    @abstractmethod
    def unregister(self, fileobj):
        raise NotImplementedError  # CPython: selectors.py:135

    def modify(self, fileobj, events, data=None):
        self.unregister(fileobj)  # CPython: selectors.py:151
        return self.register(fileobj, events, data)  # CPython: selectors.py:152

    @abstractmethod
    def select(self, timeout=None):
        raise NotImplementedError  # CPython: selectors.py:171

    def close(self):
        pass

    def get_key(self, fileobj):
        mapping = self.get_map()  # CPython: selectors.py:186
        if mapping is None:
            raise RuntimeError('Selector is closed')  # CPython: selectors.py:188
        try:
            return mapping[fileobj]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None  # CPython: selectors.py:192

    @abstractmethod
    def get_map(self):
        raise NotImplementedError  # CPython: selectors.py:197

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()  # CPython: selectors.py:203


class _BaseSelectorImpl(BaseSelector):
    def __init__(self):
        self._fd_to_key = {}
        self._map = _SelectorMapping(self)  # CPython: selectors.py:213

    def _fileobj_lookup(self, fileobj):
        # A closed file object no longer has an fd: find it among the keys.
        try:
            return _fileobj_to_fd(fileobj)  # CPython: selectors.py:225
        except ValueError:
            for key in self._fd_to_key.values():  # CPython: selectors.py:228
                if key.fileobj is fileobj:
                    return key.fd
            raise  # CPython: selectors.py:232

    def register(self, fileobj, events, data=None):
        if (not events) or (events & ~(EVENT_READ | EVENT_WRITE)):  # CPython: selectors.py:235
            raise ValueError("Invalid events: {!r}".format(events))  # CPython: selectors.py:236
        key = SelectorKey(fileobj, self._fileobj_lookup(fileobj), events, data)  # CPython: selectors.py:238
        if key.fd in self._fd_to_key:
            raise KeyError("{!r} (FD {}) is already registered"  # CPython: selectors.py:241
                           .format(fileobj, key.fd))  # CPython: selectors.py:242
        self._fd_to_key[key.fd] = key
        return key

    def unregister(self, fileobj):
        try:
            key = self._fd_to_key.pop(self._fileobj_lookup(fileobj))  # CPython: selectors.py:249
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None  # CPython: selectors.py:251
        return key

    def modify(self, fileobj, events, data=None):
        try:
            key = self._fd_to_key[self._fileobj_lookup(fileobj)]  # CPython: selectors.py:256
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None  # CPython: selectors.py:258
        if events != key.events:
            self.unregister(fileobj)  # CPython: selectors.py:260
            key = self.register(fileobj, events, data)  # CPython: selectors.py:261
        elif data != key.data:
            key = key._replace(data=data)  # CPython: selectors.py:264
            self._fd_to_key[key.fd] = key
        return key

    def close(self):
        self._fd_to_key.clear()  # CPython: selectors.py:269
        self._map = None

    def get_map(self):
        return self._map

    def _key_from_fd(self, fd):
        return self._fd_to_key.get(fd)


class SelectSelector(_BaseSelectorImpl):
    """Select-based selector."""

    def __init__(self):
        super().__init__()  # CPython: selectors.py:294
        self._readers = set()  # CPython: selectors.py:295
        self._writers = set()  # CPython: selectors.py:296

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)  # CPython: selectors.py:299
        if events & EVENT_READ:
            self._readers.add(key.fd)  # CPython: selectors.py:301
        if events & EVENT_WRITE:
            self._writers.add(key.fd)  # CPython: selectors.py:303
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)  # CPython: selectors.py:307
        self._readers.discard(key.fd)  # CPython: selectors.py:308
        self._writers.discard(key.fd)  # CPython: selectors.py:309
        return key

    def select(self, timeout=None):
        timeout = None if timeout is None else max(timeout, 0)  # CPython: selectors.py:320
        ready = []
        try:
            r, w, _ = select.select(self._readers, self._writers, [], timeout)
        except InterruptedError:
            return ready
        r = set(r)  # CPython: selectors.py:326
        w = set(w)  # CPython: selectors.py:327
        for fd in r | w:
            events = 0
            if fd in r:
                events |= EVENT_READ
            if fd in w:
                events |= EVENT_WRITE
            key = self._key_from_fd(fd)  # CPython: selectors.py:335
            if key:
                ready.append((key, events & key.events))  # CPython: selectors.py:337
        return ready


class PollSelector(_BaseSelectorImpl):
    """Poll-based selector."""

    _EVENT_READ = select.POLLIN
    _EVENT_WRITE = select.POLLOUT

    def __init__(self):
        super().__init__()
        self._selector = select.poll()

    def _poller_events(self, events):
        poller_events = 0
        if events & EVENT_READ:
            poller_events |= self._EVENT_READ
        if events & EVENT_WRITE:
            poller_events |= self._EVENT_WRITE
        return poller_events

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        try:
            self._selector.register(key.fd, self._poller_events(events))
        except:
            super().unregister(fileobj)  # CPython: selectors.py:361
            raise  # CPython: selectors.py:362
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        try:
            self._selector.unregister(key.fd)  # CPython: selectors.py:368
        except OSError:
            pass
        return key

    def modify(self, fileobj, events, data=None):
        try:
            key = self._fd_to_key[self._fileobj_lookup(fileobj)]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None  # CPython: selectors.py:379
        changed = False
        if events != key.events:
            try:
                self._selector.modify(key.fd, self._poller_events(events))
            except:
                super().unregister(fileobj)  # CPython: selectors.py:391
                raise  # CPython: selectors.py:392
            changed = True
        if data != key.data:
            changed = True
        if changed:
            key = key._replace(events=events, data=data)  # CPython: selectors.py:398
            self._fd_to_key[key.fd] = key
        return key

    def select(self, timeout=None):
        if timeout is None:
            timeout = None
        elif timeout <= 0:
            timeout = 0
        else:
            # poll() counts milliseconds: round up to wait at least `timeout`.
            timeout = math.ceil(timeout * 1e3)  # CPython: selectors.py:412
        ready = []
        try:
            fd_event_list = self._selector.poll(timeout)  # CPython: selectors.py:415
        except InterruptedError:
            return ready
        for fd, event in fd_event_list:
            events = 0
            if event & ~self._EVENT_READ:
                events |= EVENT_WRITE
            if event & ~self._EVENT_WRITE:
                events |= EVENT_READ
            key = self._key_from_fd(fd)
            if key:
                ready.append((key, events & key.events))
        return ready


DefaultSelector = PollSelector
