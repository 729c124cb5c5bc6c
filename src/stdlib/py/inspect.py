"""Inspecting live objects: what kind of object something is (isfunction,
isclass, isgeneratorfunction...), its members and documentation, the
signature of a callable (Signature, Parameter, BoundArguments), its source,
and the frames of the running program (currentframe, stack)."""

import sys
import types
from collections import namedtuple

__all__ = ['BoundArguments', 'FrameInfo', 'Parameter', 'Signature', 'cleandoc',
           'currentframe', 'getdoc', 'getfile', 'getmembers', 'getmodule', 'getsource',
           'getsourcefile', 'getsourcelines', 'isabstract', 'isasyncgenfunction',
           'isawaitable', 'isbuiltin', 'isclass', 'iscode', 'iscoroutine',
           'iscoroutinefunction', 'isframe', 'isfunction', 'isgenerator',
           'isgeneratorfunction', 'ismethod', 'ismodule', 'isroutine', 'signature',
           'stack', 'unwrap']

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200


def _type_test(name, kind):
    """inspect.<name>: whether an object is an instance of `kind`."""
    def test(object):
        return isinstance(object, kind)
    test.__name__ = test.__qualname__ = name
    return test


def _code_flag_test(name, flag):
    """inspect.<name>: whether a function (or a method's function) was
    compiled with `flag` set: a generator, coroutine or async generator."""
    def test(obj):
        while isinstance(obj, types.MethodType):
            obj = obj.__func__
        return isinstance(obj, types.FunctionType) and obj.__code__.co_flags & flag != 0
    test.__name__ = test.__qualname__ = name
    return test


ismodule = _type_test('ismodule', types.ModuleType)
isclass = _type_test('isclass', type)
ismethod = _type_test('ismethod', types.MethodType)
isfunction = _type_test('isfunction', types.FunctionType)
isbuiltin = _type_test('isbuiltin', types.BuiltinFunctionType)
iscode = _type_test('iscode', types.CodeType)
isgenerator = _type_test('isgenerator', types.GeneratorType)
iscoroutine = _type_test('iscoroutine', types.CoroutineType)
isasyncgen = _type_test('isasyncgen', types.AsyncGeneratorType)
isgeneratorfunction = _code_flag_test('isgeneratorfunction', CO_GENERATOR)
iscoroutinefunction = _code_flag_test('iscoroutinefunction', CO_COROUTINE)
isasyncgenfunction = _code_flag_test('isasyncgenfunction', CO_ASYNC_GENERATOR)


def isroutine(object):
    return isbuiltin(object) or isfunction(object) or ismethod(object)


def isframe(object):
    return type(object).__name__ == 'frame' and hasattr(object, 'f_code')


def isawaitable(object):
    return iscoroutine(object) or hasattr(type(object), '__await__')


def isabstract(object):
    return bool(isinstance(object, type) and getattr(object, '__abstractmethods__', None))


def getmembers(object, predicate=None):
    """(name, value) for each attribute of object, sorted by name."""
    found = []
    for name in sorted(dir(object)):
        try:
            value = getattr(object, name)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            found.append((name, value))
    return found


def cleandoc(doc):
    """A docstring without the indentation of its continuation lines and without
    leading and trailing blank lines."""
    first, *rest = doc.expandtabs().split('\n')
    indents = [len(line) - len(line.lstrip()) for line in rest if line.strip()]
    cut = min(indents, default=0)
    lines = [first.lstrip()] + [line[cut:] for line in rest]
    # Blank lines at either end go; those inside stay.
    while lines and not lines[-1]:
        del lines[-1]
    while lines and not lines[0]:
        del lines[0]
    return '\n'.join(lines)


def _finddoc(obj):
    if isclass(obj):
        for base in obj.__mro__[1:]:
            if base is not object:
                doc = base.__dict__.get('__doc__')
                if isinstance(doc, str):
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        owner = obj.__self__ if isclass(obj.__self__) else type(obj.__self__)
    elif isfunction(obj):
        name = obj.__name__
        owner = getattr(sys.modules.get(obj.__module__), obj.__qualname__.rpartition('.')[0], None) \
            if '.' in obj.__qualname__ else None
        if not isclass(owner):
            return None
    else:
        return None
    for base in owner.__mro__:
        member = base.__dict__.get(name)
        if member is not None:
            doc = getattr(member, '__doc__', None)
            if isinstance(doc, str):
                return doc
    return None


def getdoc(object):
    """The object's docstring, cleaned up, or one it inherits."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        doc = _finddoc(object)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(object, _filename=None):
    """The module an object was defined in, or None."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    return None


def unwrap(func, *, stop=None):
    """The function at the end of a chain of `__wrapped__` attributes."""
    seen = {id(func)}
    while hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        if id(func) in seen:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        seen.add(id(func))
    return func


def _code_of(object):
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if iscode(object):
        return object
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def getfile(object):
    """The name of the file an object was defined in."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        module = sys.modules.get(object.__module__)
        if getattr(module, '__file__', None):
            return module.__file__
        raise TypeError('{!r} is a built-in class'.format(object))
    if isframe(object):
        return object.f_code.co_filename
    return _code_of(object).co_filename


getsourcefile = getfile


def _read_lines(filename):
    try:
        with open(filename) as f:
            return f.read().splitlines(True)
    except OSError:
        raise OSError('could not get source code') from None


def _block_end(lines, start):
    """The end of the block (a def or class with its body) starting at lines[start]."""
    first = lines[start]
    indent = len(first) - len(first.lstrip())
    end = start + 1
    # The header may go on over several lines, until the colon that ends it.
    depth = first.count('(') + first.count('[') - first.count(')') - first.count(']')
    while end < len(lines) and depth > 0:
        line = lines[end]
        depth += line.count('(') + line.count('[') - line.count(')') - line.count(']')
        end += 1
    last = end
    while end < len(lines):
        line = lines[end]
        stripped = line.strip()
        if stripped and len(line) - len(line.lstrip()) <= indent:
            break
        end += 1
        if stripped:
            last = end
    return last


def getsourcelines(object):
    """The source lines of a module, class, function or method, and the line
    number where they start."""
    object = unwrap(object)
    lines = _read_lines(getfile(object))
    if ismodule(object):
        return lines, 0
    if isclass(object):
        name = object.__name__
        for i, line in enumerate(lines):
            stripped = line.lstrip()
            if stripped.startswith('class ' + name) and stripped[6 + len(name):][:1] in '(:':
                return lines[i:_block_end(lines, i)], i + 1
        raise OSError('could not find class definition')
    if isframe(object):
        code = object.f_code
    else:
        code = _code_of(object)
    start = code.co_firstlineno - 1
    if code.co_name == '<module>':
        return lines, 0
    if code.co_name == '<lambda>':
        return [lines[start]], start + 1
    return lines[start:_block_end(lines, start)], start + 1


def getsource(object):
    """The source text of a module, class, function or method."""
    return ''.join(getsourcelines(object)[0])


# Frames.

FrameInfo = namedtuple('FrameInfo', ['frame', 'filename', 'lineno', 'function',
                                     'code_context', 'index'])


def currentframe():
    """The frame of the caller."""
    return sys._getframe(1)


def getframeinfo(frame, context=1):
    lineno = frame.f_lineno
    filename = frame.f_code.co_filename
    lines, index = _context(filename, lineno, context)
    Traceback = namedtuple('Traceback', ['filename', 'lineno', 'function', 'code_context',
                                         'index'])
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)


def _context(filename, lineno, context):
    if context <= 0:
        return None, None
    try:
        lines = _read_lines(filename)
    except OSError:
        return None, None
    start = max(0, min(lineno - 1 - context // 2, len(lines) - context))
    return lines[start:start + context], lineno - 1 - start


def getouterframes(frame, context=1):
    frames = []
    while frame is not None:
        lines, index = _context(frame.f_code.co_filename, frame.f_lineno, context)
        frames.append(FrameInfo(frame, frame.f_code.co_filename, frame.f_lineno,
                                frame.f_code.co_name, lines, index))
        frame = frame.f_back
    return frames


def stack(context=1):
    """FrameInfo for the caller's frame and each frame outside it."""
    return getouterframes(sys._getframe(1), context)


# Signatures.

class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker - used in Parameter & Signature."""


class _ParameterKind(int):
    def __new__(cls, value, name, description):
        self = int.__new__(cls, value)
        self._name_ = name
        self.description = description
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)

    def __str__(self):
        return self._name_

    def __repr__(self):
        return '<_ParameterKind.{}: {}>'.format(self._name_, int(self))


_POSITIONAL_ONLY = _ParameterKind(0, 'POSITIONAL_ONLY', 'positional-only')
_POSITIONAL_OR_KEYWORD = _ParameterKind(1, 'POSITIONAL_OR_KEYWORD', 'positional or keyword')
_VAR_POSITIONAL = _ParameterKind(2, 'VAR_POSITIONAL', 'variadic positional')
_KEYWORD_ONLY = _ParameterKind(3, 'KEYWORD_ONLY', 'keyword-only')
_VAR_KEYWORD = _ParameterKind(4, 'VAR_KEYWORD', 'variadic keyword')


_KINDS = (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL, _KEYWORD_ONLY,
          _VAR_KEYWORD)


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation."""

    __slots__ = '_name', '_kind', '_default', '_annotation'

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if kind not in _KINDS:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        kind = _KINDS[kind]
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f'{kind.description} parameters cannot have default values')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        stars = {_VAR_POSITIONAL: '*', _VAR_KEYWORD: '**'}.get(self._kind, '')
        text = stars + self._name
        annotated = self._annotation is not _empty
        if annotated:
            text += ': ' + formatannotation(self._annotation)
        if self._default is not _empty:
            # PEP 8 spacing: `x=1`, but `x: int = 1`.
            text += (' = ' if annotated else '=') + repr(self._default)
        return text

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def _key(self):
        return self._name, self._kind, self._annotation, self._default

    def __hash__(self):
        return hash(self._key())

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return self is other or self._key() == other._key()


for _kind in _KINDS:
    setattr(Parameter, _kind.name, _kind)
del _kind


class _Parameters(dict):
    """Signature.parameters: a read-only ordered mapping of names to Parameters."""

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __str__(self):
        items = ', '.join('({!r}, {!r})'.format(k, v) for k, v in self.items())
        return 'OrderedDict([{}])'.format(items)

    def __repr__(self):
        return 'mappingproxy({})'.format(self)


class BoundArguments:
    """The result of Signature.bind: which parameter each argument went to."""

    __slots__ = ('arguments', '_signature')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    def _call_form(self):
        """The bound arguments as a call would pass them: positionally up to
        the first keyword-only parameter or the first gap (a parameter left
        to its default), by keyword from there on."""
        positional, keywords = [], {}
        by_keyword = False
        for param in self._signature.parameters.values():
            kind, name = param.kind, param.name
            if kind in (_KEYWORD_ONLY, _VAR_KEYWORD) or name not in self.arguments:
                by_keyword = True
            if name not in self.arguments:
                continue
            value = self.arguments[name]
            if not by_keyword:
                if kind == _VAR_POSITIONAL:
                    positional.extend(value)
                else:
                    positional.append(value)
            elif kind == _VAR_KEYWORD:
                keywords.update(value)
            else:
                keywords[name] = value
        return tuple(positional), keywords

    @property
    def args(self):
        return self._call_form()[0]

    @property
    def kwargs(self):
        return self._call_form()[1]

    def apply_defaults(self):
        arguments = {}
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                arguments[name] = self.arguments[name]
            elif param.default is not _empty:
                arguments[name] = param.default
            elif param.kind == _VAR_POSITIONAL:
                arguments[name] = ()
            elif param.kind == _VAR_KEYWORD:
                arguments[name] = {}
        self.arguments = arguments

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = ['{}={!r}'.format(name, value) for name, value in self.arguments.items()]
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


class Signature:
    """The parameters of a callable and its return annotation."""

    __slots__ = ('_return_annotation', '_parameters')

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        params = {}
        if parameters is not None:
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if kind < top_kind:
                    raise ValueError('wrong parameter order: {} parameter before {} '
                                     'parameter'.format(top_kind.description,
                                                        kind.description))
                top_kind = kind
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is _empty:
                        if seen_default:
                            raise ValueError('non-default argument follows default argument')
                    else:
                        seen_default = True
                if name in params:
                    raise ValueError('duplicate parameter name: {!r}'.format(name))
                dict.__setitem__(params, name, param)
        self._parameters = _Parameters(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        return _signature_from_callable(obj, follow_wrapped)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self.return_annotation == other.return_annotation and
                list(self.parameters.items()) == list(other.parameters.items()))

    def _bind(self, args, kwargs, partial=False):
        arguments = {}
        params = list(self.parameters.values())
        i = 0
        args = list(args)
        # Positional arguments fill the positional parameters in order.
        for k, value in enumerate(args):
            if i >= len(params) or params[i].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                raise TypeError('too many positional arguments')
            param = params[i]
            if param.kind == _VAR_POSITIONAL:
                arguments[param.name] = tuple(args[k:])
                i += 1
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError('multiple values for argument {!r}'.format(param.name))
            arguments[param.name] = value
            i += 1
        # The remaining parameters take keyword arguments or their defaults.
        varkw = None
        for param in params[i:]:
            if param.kind == _VAR_KEYWORD:
                varkw = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            if param.name in kwargs:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError('{!r} parameter is positional only, but was passed '
                                    'as a keyword'.format(param.name))
                arguments[param.name] = kwargs.pop(param.name)
            elif not partial and param.default is _empty:
                raise TypeError('missing a required argument: {!r}'.format(param.name))
        if kwargs:
            if varkw is None:
                raise TypeError('got an unexpected keyword argument {!r}'.format(
                    next(iter(kwargs))))
            arguments[varkw.name] = kwargs
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __str__(self):
        result = []
        pos_only_pending = False
        kw_only_marker = True
        for param in self.parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                pos_only_pending = True
            elif pos_only_pending:
                result.append('/')
                pos_only_pending = False
            if kind == _VAR_POSITIONAL:
                kw_only_marker = False
            elif kind == _KEYWORD_ONLY and kw_only_marker:
                result.append('*')
                kw_only_marker = False
            result.append(str(param))
        if pos_only_pending:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if self.return_annotation is not _empty:
            rendered += ' -> {}'.format(formatannotation(self.return_annotation))
        return rendered

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)


def _signature_from_function(func):
    code = func.__code__
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkwonly = code.co_kwonlyargcount
    names = code.co_varnames
    annotations = func.__annotations__
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    first_default = npos - len(defaults)
    params = []
    for i, name in enumerate(names[:npos]):
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default,
                                annotation=annotations.get(name, _empty)))
    at = npos + nkwonly
    if code.co_flags & CO_VARARGS:
        name = names[at]
        params.append(Parameter(name, _VAR_POSITIONAL,
                                annotation=annotations.get(name, _empty)))
        at += 1
    for name in names[npos:npos + nkwonly]:
        params.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[at]
        params.append(Parameter(name, _VAR_KEYWORD,
                                annotation=annotations.get(name, _empty)))
    return Signature(params, return_annotation=annotations.get('return', _empty),
                     __validate_parameters__=False)


def _without_first(sig):
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _signature_from_callable(obj, follow_wrapped=True):
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if ismethod(obj):
        return _without_first(_signature_from_callable(obj.__func__, follow_wrapped))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if ismethod(obj):
            return _signature_from_callable(obj, follow_wrapped)
    sig = getattr(obj, '__signature__', None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
        return sig
    if isfunction(obj):
        return _signature_from_function(obj)
    partial = getattr(sys.modules.get('functools'), 'partial', None)
    if partial is not None and isinstance(obj, partial):
        sig = _signature_from_callable(obj.func, follow_wrapped)
        return sig.replace(parameters=list(sig.parameters.values())[len(obj.args):])
    if isclass(obj):
        for name in ('__init__', '__new__'):
            for base in obj.__mro__:
                if base is object:
                    break
                if name in base.__dict__:
                    method = base.__dict__[name]
                    if isinstance(method, staticmethod):
                        method = method.__func__
                    if isfunction(method):
                        return _without_first(_signature_from_callable(method,
                                                                       follow_wrapped))
        if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
            return Signature()
        raise ValueError('no signature found for builtin type {!r}'.format(obj))
    if isbuiltin(obj):
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    call = getattr(type(obj), '__call__', None)
    if isfunction(call):
        return _without_first(_signature_from_callable(call, follow_wrapped))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped)
