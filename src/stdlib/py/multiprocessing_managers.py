"""`multiprocessing.managers`: a server process that owns shared objects (dicts, lists,
namespaces, values) and proxies that forward each call to it, as CPython's SyncManager
does. Every proxy reaches the server over the manager's one pipe, taken in turn under a
process-shared lock; children inherit both when they fork."""

import multiprocessing as _mpm

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'Namespace', 'Value', 'Array',
           'DictProxy', 'ListProxy', 'RemoteError']


class RemoteError(Exception):
    pass


class Namespace:
    def __init__(self, /, **kwds):
        vars(self).update(kwds)

    def __repr__(self):
        # Private attributes stay out of the repr; the rest show sorted by text.
        shown = sorted('%s=%r' % pair for pair in vars(self).items() if pair[0][:1] != '_')
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


class Value:
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self._typecode, self._value)


def Array(typecode, sequence, lock=True):
    return list(sequence)


_VIEWS = ('dict_keys', 'dict_values', 'dict_items', 'list_iterator', 'list_reverseiterator')


def _serve(conn, types):
    """The manager's process: runs each request on the object it names."""
    objects = {}
    next_id = 0
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            break
        kind = request[0]
        try:
            if kind == 'shutdown':
                conn.send((True, None))
                break
            if kind == 'create':
                _, typeid, args, kwds = request
                next_id += 1
                objects[next_id] = types[typeid](*args, **kwds)
                result = next_id
            elif kind == 'decref':
                objects.pop(request[1], None)
                result = None
            else:
                _, ident, method, args, kwds = request
                if method == '#GETVALUE':
                    result = objects[ident]
                else:
                    result = getattr(objects[ident], method)(*args, **kwds)
                # Views and iterators cannot travel; their items can.
                if type(result).__name__ in _VIEWS:
                    result = list(result)
            ok = True
        except Exception as e:
            ok, result = False, e
        try:
            conn.send((ok, result))
        except Exception as e:
            conn.send((False, RemoteError('%s: %s' % (type(e).__name__, e))))


# The started managers of this process and of the processes it was forked from, by
# the name of their server process: how a proxy sent to a child finds its manager.
_managers = {}


class BaseProxy:
    _exposed_ = ()

    def __init__(self, manager, typeid, ident):
        self._manager = manager
        self._typeid = typeid
        self._id = ident

    def __getstate__(self):
        return (self._manager._process.name, self._typeid, self._id)

    def __setstate__(self, state):
        key, typeid, ident = state
        manager = _managers.get(key)
        if manager is None:
            raise RuntimeError('the manager %s was started after this process' % key)
        self._manager = manager
        self._typeid = typeid
        self._id = ident

    def _callmethod(self, methodname, args=(), kwds={}):
        return self._manager._request(('call', self._id, methodname, tuple(args), dict(kwds)))

    def _getvalue(self):
        return self._callmethod('#GETVALUE')

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % (type(self).__name__, self._typeid, id(self))

    def __str__(self):
        try:
            return self._callmethod('__repr__')
        except Exception:
            return "%s; '__str__()' failed>" % repr(self)[:-1]


def _method(name):
    def call(self, /, *args, **kwds):
        return self._callmethod(name, args, kwds)
    call.__name__ = name
    return call


def MakeProxyType(name, exposed, _cache={}):
    key = (name, tuple(exposed))
    proxy = _cache.get(key)
    if proxy is None:
        namespace = {meth: _method(meth) for meth in key[1]}
        namespace['_exposed_'] = key[1]
        proxy = _cache[key] = type(name, (BaseProxy,), namespace)
    return proxy


BaseListProxy = MakeProxyType('BaseListProxy', """
    __add__ __contains__ __delitem__ __getitem__ __len__ __mul__ __reversed__ __rmul__
    __setitem__ append count extend index insert pop remove reverse sort __imul__
""".split())


def _in_place(server_method):
    """An augmented assignment on a proxy: the server updates its list, and the
    name keeps referring to the same proxy."""
    def update(self, value):
        self._callmethod(server_method, (value,))
        return self
    return update


class ListProxy(BaseListProxy):
    __iadd__ = _in_place('extend')
    __imul__ = _in_place('__imul__')

    def __iter__(self):
        return iter(self._callmethod('copy'))


_BaseDictProxy = MakeProxyType('DictProxy', """
    __contains__ __delitem__ __getitem__ __len__ __setitem__ clear copy get items keys pop
    popitem setdefault update values
""".split())


class DictProxy(_BaseDictProxy):
    def __iter__(self):
        return iter(self._callmethod('keys'))


ArrayProxy = MakeProxyType('ArrayProxy', ('__len__', '__getitem__', '__setitem__'))


class NamespaceProxy(BaseProxy):
    _exposed_ = ('__getattribute__', '__setattr__', '__delattr__')

    # Names starting with an underscore are the proxy's own; the rest live remotely.
    def __getattr__(self, key):
        if key[0] == '_':
            return super().__getattribute__(key)
        return self._callmethod('__getattribute__', (key,))

    def __setattr__(self, key, value):
        if key[0] == '_':
            super().__setattr__(key, value)
        else:
            self._callmethod('__setattr__', (key, value))

    def __delattr__(self, key):
        if key[0] == '_':
            super().__delattr__(key)
        else:
            self._callmethod('__delattr__', (key,))


class ValueProxy(BaseProxy):
    _exposed_ = ('get', 'set')

    def get(self):
        return self._callmethod('get', ())

    def set(self, value):
        self._callmethod('set', (value,))

    value = property(fget=get, fset=set)


class BaseManager:
    _registry = {}

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None, *,
                 shutdown_timeout=1.0):
        self._address = address
        self._process = None
        self._conn = None
        self._lock = None

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None,
                 method_to_typeid=None, create_method=True):
        if '_registry' not in vars(cls):
            # Registering on a subclass must not add to its bases' registry.
            cls._registry = dict(cls._registry)
        if proxytype is None:
            proxytype = MakeProxyType('AutoProxy[%s]' % typeid,
                                      exposed or _public_methods(callable))
        cls._registry[typeid] = (callable, proxytype)
        if create_method:
            def create(self, /, *args, **kwds):
                return self._create(typeid, args, kwds)
            create.__name__ = typeid
            setattr(cls, typeid, create)

    def start(self, initializer=None, initargs=()):
        if self._process:
            raise _mpm.ProcessError("Already started server")
        if not (initializer is None or callable(initializer)):
            raise TypeError('initializer must be a callable')
        mine, theirs = _mpm.Pipe()
        types = {typeid: entry[0] for typeid, entry in self._registry.items()}
        self._process = _mpm.Process(target=self._run_server, args=(theirs, types,
                                                                      initializer, initargs))
        self._process.name = '%s-%s' % (type(self).__name__,
                                        ':'.join(map(str, self._process._identity)))
        self._process.start()
        theirs.close()
        self._conn = mine
        self._lock = _mpm.Lock()
        _managers[self._process.name] = self

    @staticmethod
    def _run_server(conn, types, initializer, initargs):
        if initializer is not None:
            initializer(*initargs)
        _serve(conn, types)

    def _request(self, request):
        if self._conn is None:
            raise _mpm.ProcessError("Manager has not been started")
        with self._lock:
            self._conn.send(request)
            ok, result = self._conn.recv()
        if not ok:
            raise result
        return result

    def _create(self, typeid, args, kwds):
        callable, proxytype = self._registry[typeid]
        if callable is None:
            raise ValueError('%r has no callable' % typeid)
        ident = self._request(('create', typeid, tuple(args), dict(kwds)))
        return proxytype(self, typeid, ident)

    def shutdown(self):
        if self._process is None or self._conn is None:
            return
        try:
            self._request(('shutdown',))
        except (EOFError, OSError):
            pass
        self._process.join(timeout=1.0)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join()
        self._conn.close()
        self._conn = None
        _managers.pop(self._process.name, None)

    def join(self, timeout=None):
        server = self._process
        if server:
            server.join(timeout)

    def __enter__(self):
        if self._process is None:
            self.start()
        return self

    def __exit__(self, *exc_info):
        self.shutdown()


def _public_methods(obj):
    return [name for name in dir(obj) if name[0] != '_' and callable(getattr(obj, name))]


class SyncManager(BaseManager):
    """The manager `multiprocessing.Manager()` starts. Its queues and synchronization
    primitives are the process-shared ones of multiprocessing itself, which forked
    children share just as well."""

    def Queue(self, maxsize=0):
        return _mpm.Queue(maxsize)

    def JoinableQueue(self, maxsize=0):
        return _mpm.JoinableQueue(maxsize)

    def Lock(self):
        return _mpm.Lock()

    def RLock(self):
        return _mpm.RLock()

    def Semaphore(self, value=1):
        return _mpm.Semaphore(value)

    def BoundedSemaphore(self, value=1):
        return _mpm.BoundedSemaphore(value)

    def Event(self):
        return _mpm.Event()


for _shared in (('list', list, ListProxy), ('dict', dict, DictProxy),
                ('Namespace', Namespace, NamespaceProxy), ('Value', Value, ValueProxy),
                ('Array', Array, ArrayProxy)):
    SyncManager.register(*_shared)
del _shared
