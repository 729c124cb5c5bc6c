# Parameter and Signature built by hand: validation errors, replace, equality and
# hashing, str forms with annotations, BoundArguments' args/kwargs split, unwrap.
import abc
import functools
import inspect
from inspect import Parameter, Signature

P = Parameter
kinds = [P.POSITIONAL_ONLY, P.POSITIONAL_OR_KEYWORD, P.VAR_POSITIONAL, P.KEYWORD_ONLY,
         P.VAR_KEYWORD]
print([int(k) for k in kinds], [str(k) for k in kinds], [k.description for k in kinds])
print(P.KEYWORD_ONLY > P.VAR_POSITIONAL, P.empty is Signature.empty, P.empty.__name__)
for bad in (lambda: P('x', 7), lambda: P(3, P.POSITIONAL_ONLY), lambda: P('1x', P.KEYWORD_ONLY),
            lambda: P('a', P.VAR_POSITIONAL, default=1), lambda: P('k', P.VAR_KEYWORD, default=None),
            lambda: Signature([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)]),
            lambda: Signature([P('a', P.POSITIONAL_OR_KEYWORD, default=1),
                               P('b', P.POSITIONAL_OR_KEYWORD)]),
            lambda: Signature([P('a', P.KEYWORD_ONLY), P('a', P.KEYWORD_ONLY)])):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(P('v', 1), P('v', 2), P('v', 4), P('v', 1, default=None, annotation=int),
      P('v', 3, annotation='str'), P('v', 2, annotation=list[int]), P('v', 0, default='d'))
p = P('a', P.POSITIONAL_OR_KEYWORD, default=1)
q = p.replace(name='b', default=P.empty)
print(p, q, q.kind, p == P('a', 1, default=1), p == q, p != 3, hash(p) == hash(P('a', 1, default=1)))
print(p.replace(kind=P.KEYWORD_ONLY), p.replace(annotation=float), repr(p.replace()))
s = Signature([P('a', 0), P('b', 1, default=2), P('c', 3), P('d', 4)], return_annotation=int)
print(s, repr(s), s.return_annotation, list(s.parameters), s == Signature(s.parameters.values(),
      return_annotation=int), s == Signature(), s.replace(return_annotation=Signature.empty))
print(s.replace(parameters=[P('z', 1)]), Signature(), Signature([P('only', 2)]), s != 1)
print(str(Signature([P('a', 0), P('b', 0)])), Signature([P('k', 3, default=None)]))
try:
    s.parameters['x'] = 1
except TypeError as e:
    print('TypeError:', e)


def f(a, b=2, /, c=3, *rest, d, e=5, **more):
    pass


sig = inspect.signature(f)
for args, kwargs in (((1,), {'d': 4}), ((1, 2, 3, 4, 5), {'d': 0, 'x': 1}), ((1,), {'c': 9, 'd': 0}),
                     ((1, 2), {'d': 0, 'e': 6})):
    ba = sig.bind(*args, **kwargs)
    print(ba.args, ba.kwargs, ba.arguments)
    ba.apply_defaults()
    print(' ', ba, ba.args, ba.kwargs)
pb = sig.bind_partial(c=1)
print(pb, pb.args, pb.kwargs, pb.signature is sig, pb == sig.bind_partial(c=1), pb != 1)
for args, kwargs in (((), {}), ((1,), {}), ((1,), {'a': 1, 'd': 2}), ((1,), {'d': 1, 'q': 1})):
    try:
        sig.bind(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)


def g(x, *, y):
    pass


for args, kwargs in (((1, 2), {'y': 0}), ((1,), {'x': 1, 'y': 2})):
    try:
        inspect.signature(g).bind(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)


def deco(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner


@deco
@deco
def h(p, q=1):
    pass


print(inspect.unwrap(h).__name__, inspect.unwrap(h) is not h, inspect.unwrap(h, stop=lambda fn: True) is h)
loop = lambda: 0
loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError as e:
    print('ValueError:', str(e).split(' at ')[0])


class Abs(abc.ABC):
    @abc.abstractmethod
    def m(self):
        pass


class Aw:
    def __await__(self):
        yield


async def co():
    pass


c = co()
print(inspect.isabstract(Abs), inspect.isabstract(int), inspect.isawaitable(c), inspect.isawaitable(Aw()),
      inspect.isawaitable(Aw), inspect.iscoroutine(c), inspect.isasyncgen(c), inspect.isframe(1),
      inspect.iscode(co.__code__), inspect.isroutine(print), inspect.isbuiltin(len))
c.close()
print(inspect.getdoc(Abs.m), inspect.cleandoc('  a\n    b\n  c'),
      repr(inspect.cleandoc('\n\n  x\n\n')), inspect.cleandoc('\tone\n\t  two'))
