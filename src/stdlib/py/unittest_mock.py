"""Mock objects for tests: Mock records its calls and makes child mocks for
attributes; MagicMock also supports the container, number and context
manager protocols; patch, patch.object and patch.dict replace things for
the duration of a test; call, ANY, DEFAULT and sentinel help assertions.

gilpy looks special methods up as functions of the class, so MagicMock
defines each supported one as a function calling a per-instance child
mock, which attribute access (mm.__len__) returns for configuring."""

import functools

__all__ = ['Mock', 'MagicMock', 'NonCallableMock', 'NonCallableMagicMock', 'PropertyMock',
           'patch', 'sentinel', 'DEFAULT', 'ANY', 'call', 'mock_open']


class _Sentinel:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name


class _SentinelObject:
    """sentinel.name: a unique object per name, for tests to pass around."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        return self._sentinels.setdefault(name, _Sentinel(name))


sentinel = _SentinelObject()
DEFAULT = sentinel.DEFAULT


class _AnyType:
    """Equal to everything."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __repr__(self):
        return '<ANY>'

    __hash__ = None


ANY = _AnyType()


def _format_args(args, kwargs):
    parts = [repr(a) for a in args]
    parts.extend('%s=%r' % (key, value) for key, value in kwargs.items())
    return ', '.join(parts)


class _Call:
    """One recorded call: its name (for calls of children), args and kwargs.
    call(...) and call.name(...) build them for comparisons; two-item form
    (args, kwargs) for call_args."""

    def __init__(self, name='', args=(), kwargs=None, two=False, from_kall=True):
        self._name = name
        self._args = tuple(args)
        self._kwargs = dict(kwargs or {})
        self._two = two
        self._from_kall = from_kall

    @property
    def args(self):
        return self._args

    @property
    def kwargs(self):
        return self._kwargs

    def _parts(self):
        if self._two:
            return (self._args, self._kwargs)
        return (self._name, self._args, self._kwargs)

    def __iter__(self):
        return iter(self._parts())

    def __len__(self):
        return len(self._parts())

    def __getitem__(self, index):
        return self._parts()[index]

    def __eq__(self, other):
        if other is ANY:
            return True
        if isinstance(other, _Call):
            if self._name and other._name and not (self._two or other._two):
                if self._name != other._name:
                    return False
            return (self._args, self._kwargs) == (other._args, other._kwargs)
        if isinstance(other, tuple):
            if len(other) == 3:
                name, args, kwargs = other
                if self._name and name != self._name:
                    return False
                return (self._args, self._kwargs) == (tuple(args), kwargs)
            if len(other) == 2:
                first, second = other
                if isinstance(first, str):
                    if isinstance(second, tuple):
                        return first == self._name and self._args == second and not self._kwargs
                    return first == self._name and not self._args and self._kwargs == second
                return (self._args, self._kwargs) == (tuple(first), second)
            if len(other) == 1:
                (only,) = other
                if isinstance(only, str):
                    return only == self._name and not self._args and not self._kwargs
                if isinstance(only, tuple):
                    return self._args == only and not self._kwargs
                return not self._args and self._kwargs == only
            if not other:
                return not self._args and not self._kwargs
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    def __call__(self, *args, **kwargs):
        return _Call(self._name, args, kwargs)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        name = attr if not self._name else '%s.%s' % (self._name, attr)
        return _Call(name, from_kall=False)

    def __repr__(self):
        name = self._name
        name = 'call' + (name if not name or name.startswith('()') else '.' + name)
        if not self._from_kall:
            return name
        return '%s(%s)' % (name, _format_args(self._args, self._kwargs))

    def call_list(self):
        return _CallList([self])


class _CallList(list):
    """A list of calls; `in` also finds a contiguous sub-list."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        return any(list(self[i:i + n]) == value for i in range(len(self) - n + 1))

    def __repr__(self):
        return repr(list(self))


call = _Call(from_kall=False)


def _is_exception(obj):
    return isinstance(obj, BaseException) or (
        isinstance(obj, type) and issubclass(obj, BaseException))


_MAGIC_DEFAULTS = {
    '__len__': 0, '__int__': 1, '__float__': 1.0, '__index__': 1, '__bool__': True,
    '__contains__': False, '__exit__': False, '__sizeof__': 0,
    '__fspath__': None, '__round__': None, '__trunc__': None, '__floor__': None,
    '__ceil__': None,
}
_MAGICS = ('__len__ __iter__ __contains__ __getitem__ __setitem__ __delitem__ __enter__ '
           '__exit__ __int__ __float__ __index__ __bool__ __str__ __hash__ __lt__ __gt__ '
           '__le__ __ge__ __eq__ __ne__ __add__ __sub__ __mul__ __truediv__ __floordiv__ '
           '__mod__ __pow__ __and__ __or__ __xor__ __neg__ __pos__ __abs__ __invert__ '
           '__radd__ __rsub__ __rmul__ __iadd__ __isub__ __imul__ __aenter__ __aexit__ '
           '__aiter__ __anext__ __reversed__ __next__ __round__ __fspath__').split()


class NonCallableMock:
    """A mock object: attributes are child mocks made on first use (unless
    a spec lists the allowed ones); calls of children are recorded."""

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _new_name='', _new_parent=None, **kwargs):
        setattr_ = object.__setattr__
        setattr_(self, '_mock_name', name)
        setattr_(self, '_mock_parent', parent)
        setattr_(self, '_mock_new_name', _new_name)
        setattr_(self, '_mock_new_parent', _new_parent)
        setattr_(self, '_mock_children', {})
        setattr_(self, '_mock_wraps', wraps)
        setattr_(self, '_mock_return_value', DEFAULT)
        setattr_(self, '_mock_side_effect', None)
        setattr_(self, 'method_calls', _CallList())
        setattr_(self, 'mock_calls', _CallList())
        setattr_(self, 'call_args_list', _CallList())
        setattr_(self, 'call_count', 0)
        setattr_(self, 'call_args', None)
        setattr_(self, '_mock_spec_class', None)
        setattr_(self, '_mock_methods', None)
        setattr_(self, '_spec_set', spec_set is not None)
        if spec_set is not None:
            spec = spec_set
        self._mock_add_spec(spec)
        self.configure_mock(**kwargs)

    def _mock_add_spec(self, spec):
        if spec is None:
            return
        if isinstance(spec, (list, tuple)):
            methods = list(spec)
        else:
            methods = dir(spec)
            object.__setattr__(self, '_mock_spec_class',
                               spec if isinstance(spec, type) else type(spec))
        object.__setattr__(self, '_mock_methods', methods)

    @property
    def __class__(self):
        if self._mock_spec_class is None:
            return type(self)
        return self._mock_spec_class

    def configure_mock(self, **kwargs):
        """Sets attributes, dotted names reaching child mocks."""
        for arg, val in sorted(kwargs.items(), key=lambda entry: entry[0].count('.')):
            *path, final = arg.split('.')
            obj = self
            for entry in path:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    @property
    def called(self):
        return self.call_count > 0

    def _child(self, name, new_name):
        klass = MagicMock if isinstance(self, _MagicMixin) else Mock
        return klass(parent=self, name=name, _new_name=new_name, _new_parent=self)

    @property
    def return_value(self):
        if self._mock_return_value is DEFAULT:
            object.__setattr__(self, '_mock_return_value', self._child(None, '()'))
        return self._mock_return_value

    @return_value.setter
    def return_value(self, value):
        _adopt(self, value, None, '()')
        object.__setattr__(self, '_mock_return_value', value)

    @property
    def side_effect(self):
        return self._mock_side_effect

    @side_effect.setter
    def side_effect(self, value):
        if value is not None and not callable(value) and not _is_exception(value):
            value = iter(value)
        object.__setattr__(self, '_mock_side_effect', value)

    def __getattr__(self, name):
        if name in ('_mock_methods', '_mock_spec_class'):
            raise AttributeError(name)
        if self._mock_methods is not None:
            if name not in self._mock_methods or name in _MAGICS:
                raise AttributeError('Mock object has no attribute %r' % name)
        elif name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')):
            raise AttributeError(
                f'{name!r} is not a valid assertion. Use a spec for the mock if {name!r} '
                f'is meant to be an attribute.')
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        children = self._mock_children
        child = children.get(name)
        if child is None:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            child = self._child(name, name)
            if wraps is not None:
                object.__setattr__(child, '_mock_wraps', wraps)
            children[name] = child
        return child

    def __setattr__(self, name, value):
        if (self._spec_set and self._mock_methods is not None
                and name not in self._mock_methods and name not in type(self).__dict__
                and not name.startswith('_mock_')):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if not hasattr(type(self), name) and _adopt(self, value, name, name):
            self._mock_children[name] = value
            return
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in self._mock_children:
            del self._mock_children[name]
        else:
            object.__delattr__(self, name)

    def _extract_mock_name(self):
        names = []
        mock = self
        while mock._mock_new_parent is not None:
            names.append(mock._mock_new_name)
            mock = mock._mock_new_parent
        names.append(mock._mock_name or 'mock')
        names.reverse()
        name = names[0]
        for part in names[1:]:
            name += part if part == '()' else '.' + part
        return name

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = '' if name in ('mock', 'mock.') else ' name=%r' % name
        spec_string = ''
        if self._mock_spec_class is not None:
            spec_string = ' spec=%r' % self._mock_spec_class.__name__
        return '<%s%s%s id=%r>' % (type(self).__name__, name_string, spec_string, id(self))

    def __dir__(self):
        extras = self._mock_methods or []
        return sorted(set(extras + list(self._mock_children) + dir(type(self))))

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forgets the recorded calls (and, if asked, the configured results)."""
        visited = [] if visited is None else visited
        if id(self) in visited:
            return
        visited.append(id(self))
        object.__setattr__(self, 'call_count', 0)
        object.__setattr__(self, 'call_args', None)
        object.__setattr__(self, 'call_args_list', _CallList())
        object.__setattr__(self, 'mock_calls', _CallList())
        object.__setattr__(self, 'method_calls', _CallList())
        if return_value:
            object.__setattr__(self, '_mock_return_value', DEFAULT)
        if side_effect:
            object.__setattr__(self, '_mock_side_effect', None)
        for child in self._mock_children.values():
            if isinstance(child, NonCallableMock):
                child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        if isinstance(self._mock_return_value, NonCallableMock) \
                and self._mock_return_value is not self:
            self._mock_return_value.reset_mock(visited)

    def attach_mock(self, mock, attribute):
        object.__setattr__(mock, '_mock_parent', self)
        object.__setattr__(mock, '_mock_new_parent', self)
        object.__setattr__(mock, '_mock_new_name', attribute)
        object.__setattr__(mock, '_mock_name', attribute)
        self._mock_children[attribute] = mock

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec)
        object.__setattr__(self, '_spec_set', spec_set)

    def _format_mock_call_signature(self, args, kwargs):
        return '%s(%s)' % (self._mock_name or 'mock', _format_args(args, kwargs))

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        expected = self._format_mock_call_signature(args, kwargs)
        if self.call_args is None:
            actual = 'not called.'
        else:
            actual = self._format_mock_call_signature(*self.call_args)
        return 'expected %s not found.\nExpected: %s\nActual: %s' % (action, expected, actual)

    def _calls_repr(self, prefix='Calls'):
        if not self.mock_calls:
            return ''
        return '\n%s: %s.' % (prefix, self.mock_calls)

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count,
                                    self._calls_repr()))

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called."
                                 % (self._mock_name or 'mock'))

    def assert_called_once(self):
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count,
                                    self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        """Fails unless the last call had these arguments."""
        if self.call_args is None or _Call('', args, kwargs, two=True) != self.call_args:
            raise AssertionError(self._format_mock_failure_message(args, kwargs))

    def assert_called_once_with(self, /, *args, **kwargs):
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count,
                                    self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_any_call(self, /, *args, **kwargs):
        expected = _Call('', args, kwargs, two=True)
        if expected not in list(self.call_args_list):
            raise AssertionError('%s call not found'
                                 % self._format_mock_call_signature(args, kwargs))

    def assert_has_calls(self, calls, any_order=False):
        """Fails unless the calls were made (consecutively, unless any_order)."""
        expected = list(calls)
        all_calls = _CallList(self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                problem = 'Calls not found.' if expected else 'No calls'
                raise AssertionError('%s\nExpected: %s\nActual: %r'
                                     % (problem, _CallList(expected), self.mock_calls))
            return
        remaining = list(all_calls)
        missing = []
        for kall in expected:
            try:
                remaining.remove(kall)
            except ValueError:
                missing.append(kall)
        if missing:
            raise AssertionError('%r does not contain all of %r in its call list, found '
                                 '%r instead' % (self._mock_name or 'mock', tuple(missing),
                                                 all_calls))


def _adopt(parent, value, name, new_name):
    """Makes a free-standing mock assigned to an attribute (or as a return
    value) a child of parent, named after it; not a mock that has a name or
    parent already, nor one of parent's ancestors."""
    if not isinstance(value, NonCallableMock):
        return False
    if (value._mock_name or value._mock_new_name or value._mock_parent is not None
            or value._mock_new_parent is not None):
        return False
    ancestor = parent
    while ancestor is not None:
        if ancestor is value:
            return False
        ancestor = ancestor._mock_new_parent
    object.__setattr__(value, '_mock_new_parent', parent)
    object.__setattr__(value, '_mock_new_name', new_name)
    if name:
        object.__setattr__(value, '_mock_parent', parent)
        object.__setattr__(value, '_mock_name', name)
    return True


class CallableMixin:
    def __call__(self, /, *args, **kwargs):
        self._mock_record(args, kwargs)
        return self._mock_execute(args, kwargs)

    def _mock_record(self, args, kwargs):
        object.__setattr__(self, 'call_count', self.call_count + 1)
        object.__setattr__(self, 'call_args', _Call('', args, kwargs, two=True))
        self.call_args_list.append(_Call('', args, kwargs, two=True))
        self.mock_calls.append(_Call('', args, kwargs))
        # Each ancestor records the call under the dotted path from it.
        name = self._mock_new_name
        is_method = name != '()'
        parent = self._mock_new_parent
        while parent is not None:
            parent.mock_calls.append(_Call(name, args, kwargs))
            if is_method:
                parent.method_calls.append(_Call(name, args, kwargs))
            if parent._mock_new_parent is None:
                break
            link = parent._mock_new_name
            if link == '()':
                is_method = False
                name = '()' + (name if name.startswith('()') else '.' + name)
            else:
                name = link + ('' if name.startswith('()') else '.') + name
            parent = parent._mock_new_parent

    def _mock_execute(self, args, kwargs):
        effect = self._mock_side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self._mock_return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: calls return return_value (a child mock by default),
    or what side_effect says (an exception to raise, an iterable of results,
    or a function to call)."""

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None,
                 name=None, spec_set=None, **kwargs):
        super().__init__(spec=spec, wraps=wraps, name=name, spec_set=spec_set, **kwargs)
        self.side_effect = side_effect
        object.__setattr__(self, '_mock_return_value', return_value)


class _MagicMixin:
    """Gives each supported special method a child mock with CPython's
    defaults (len 0, iteration over nothing, truth...)."""

    def _mock_magic(self, name):
        children = self._mock_children
        child = children.get(name)
        if child is None:
            child = MagicMock(parent=self, name=name, _new_name=name, _new_parent=self)
            if name in _MAGIC_DEFAULTS:
                object.__setattr__(child, '_mock_return_value', _MAGIC_DEFAULTS[name])
            elif name == '__hash__':
                object.__setattr__(child, '_mock_return_value', object.__hash__(self))
            elif name == '__str__':
                object.__setattr__(child, '_mock_return_value', object.__str__(self))
            elif name in ('__lt__', '__gt__', '__le__', '__ge__'):
                object.__setattr__(child, '_mock_return_value', NotImplemented)
            elif name == '__iter__':
                # A configured return value is iterated anew on each call.
                def iterate():
                    value = child._mock_return_value
                    return iter([] if value is DEFAULT else value)
                child.side_effect = iterate
            elif name in ('__eq__', '__ne__'):
                def compare(other):
                    value = child._mock_return_value
                    if value is not DEFAULT:
                        return value
                    return (other is self) == (name == '__eq__')
                child.side_effect = compare
            children[name] = child
        return child

    def __getattribute__(self, name):
        if name in _MAGIC_SET:
            return object.__getattribute__(self, '_mock_magic')(name)
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name in _MAGIC_SET:
            if isinstance(value, NonCallableMock):
                self._mock_children[name] = value
            else:
                self._mock_magic(name).side_effect = lambda *a, **k: value(self, *a, **k)
            return
        NonCallableMock.__setattr__(self, name, value)


_MAGIC_SET = frozenset(_MAGICS)


def _magic_method(name):
    def method(self, *args, **kwargs):
        return _MagicMixin._mock_magic(self, name)(*args, **kwargs)
    method.__name__ = name
    return method


for _name in _MAGICS:
    setattr(_MagicMixin, _name, _magic_method(_name))
del _name


class NonCallableMagicMock(_MagicMixin, NonCallableMock):
    """A MagicMock that cannot be called."""


class MagicMock(_MagicMixin, Mock):
    """A Mock with the special methods preconfigured: it can be used as a
    container, a number, an iterator or a context manager."""


class PropertyMock(Mock):
    """A mock for a property of a class: getting it calls the mock, setting it
    calls it with the value."""

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


def mock_open(mock=None, read_data=''):
    """A mock of open(): the file it returns reads read_data."""
    import io
    if mock is None:
        mock = MagicMock(name='open')
    handle = MagicMock()
    handle.__enter__.return_value = handle

    def reset(*args, **kwargs):
        data = io.StringIO(read_data) if isinstance(read_data, str) else io.BytesIO(read_data)
        handle.read.side_effect = data.read
        handle.readline.side_effect = data.readline
        handle.readlines.side_effect = data.readlines
        handle.__iter__.side_effect = lambda: iter(data.readlines())
        return DEFAULT

    reset()
    mock.side_effect = reset
    mock.return_value = handle
    return mock


# ---- patching -----------------------------------------------------------------

def _import(target):
    namespace = {}
    exec('import %s as thing' % target, namespace)
    return namespace['thing']


def _importer(target):
    parts = target.split('.')
    thing = _import(parts[0])
    path = parts[0]
    for part in parts[1:]:
        path += '.' + part
        try:
            thing = getattr(thing, part)
        except AttributeError:
            thing = _import(path)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(f'Need a valid target to patch. You supplied: {target!r}') from None
    return (lambda: _importer(target)), attribute


class _patch:
    """Replaces an attribute while active: as a context manager, a function
    decorator (the mock is passed as an extra argument when patch made it)
    or a class decorator (for each test method)."""

    def __init__(self, getter, attribute, new, spec, create, spec_set, new_callable, kwargs):
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.spec = spec
        self.create = create
        self.spec_set = spec_set
        self.new_callable = new_callable
        self.kwargs = kwargs
        self.attribute_name = None

    def copy(self):
        return _patch(self.getter, self.attribute, self.new, self.spec, self.create,
                      self.spec_set, self.new_callable, self.kwargs)

    def __call__(self, func):
        if isinstance(func, type):
            for name in dir(func):
                if name.startswith(patch.TEST_PREFIX):
                    value = getattr(func, name)
                    if callable(value):
                        setattr(func, name, self.copy()(value))
            return func

        # Stacked patches share one wrapper; their mocks are passed innermost first.
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @functools.wraps(func)
        def patched(*args, **kwargs):
            entered = []
            try:
                for patching in patched.patchings:
                    patching = patching.copy()
                    new = patching.__enter__()
                    entered.append(patching)
                    if patching.new is DEFAULT:
                        args = args + (new,)
                return func(*args, **kwargs)
            finally:
                for patching in reversed(entered):
                    patching.__exit__(None, None, None)
        patched.patchings = [self]
        return patched

    def __enter__(self):
        self.target = self.getter()
        name = self.attribute
        try:
            self.original = self.target.__dict__[name] if isinstance(self.target, type) \
                and name in self.target.__dict__ else getattr(self.target, name)
            self.had_local = True
        except (AttributeError, KeyError):
            if not self.create:
                raise AttributeError('%s does not have the attribute %r'
                                     % (self.target, name)) from None
            self.original = DEFAULT
            self.had_local = False
        new = self.new
        if new is DEFAULT:
            factory = self.new_callable or (MagicMock if self.spec is None
                                            or not isinstance(self.original, type) else Mock)
            spec = self.spec
            if spec is True:
                spec = self.original
            settings = dict(self.kwargs)
            if self.new_callable is None:
                settings.setdefault('name', name)
            if spec is not None:
                settings['spec'] = spec
            if self.spec_set is not None:
                settings['spec_set'] = self.original if self.spec_set is True else self.spec_set
            new = factory(**settings)
        setattr(self.target, name, new)
        self.temp_original = new
        return new

    def __exit__(self, *exc_info):
        if self.had_local:
            setattr(self.target, self.attribute, self.original)
        else:
            delattr(self.target, self.attribute)
        return False

    start = __enter__

    def stop(self):
        return self.__exit__(None, None, None)


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, **kwargs):
    """Patches the object named by target ('package.module.attribute')."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, new_callable, kwargs)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, **kwargs):
    if type(target) is str:
        raise TypeError(f'{target!r} must be the actual object to be patched, not a str')
    return _patch(lambda: target, attribute, new, spec, create, spec_set, new_callable,
                  kwargs)


class _patch_dict:
    """Sets keys of a dict (or a dotted name naming one) while active, and
    restores its previous contents after."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear

    def __call__(self, f):
        @functools.wraps(f)
        def patched(*args, **kw):
            with self:
                return f(*args, **kw)
        return patched

    def __enter__(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        self._original = dict(self.in_dict)
        if self.clear:
            self.in_dict.clear()
        self.in_dict.update(self.values)
        return self.in_dict

    def __exit__(self, *args):
        self.in_dict.clear()
        self.in_dict.update(self._original)
        return False

    start = __enter__

    def stop(self):
        return self.__exit__(None, None, None)


patch.object = _patch_object
patch.dict = _patch_dict
patch.TEST_PREFIX = 'test'
