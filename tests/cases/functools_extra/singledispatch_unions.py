# singledispatch.register with union types (as argument and as annotation), string
# annotations, and the error for a non-class first argument given with a function.
import functools
@functools.singledispatch
def f(x):
    return 'obj'
@f.register
def _(x: int | str):
    return 'int-or-str'
f.register(list | tuple, lambda x: 'seq')
@f.register
def _(x: 'float'):
    return 'float'
print(f(1), f('a'), f([]), f(()), f(1.5), f(None))
try:
    f.register(3, lambda x: x)
except TypeError as e:
    print(e)
try:
    @f.register
    def _(x: int | 'bytes'):
        pass
except TypeError as e:
    print(e)
