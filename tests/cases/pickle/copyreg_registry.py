# copyreg: registering reduction functions (used by pickle),
# the extension-code registry and its errors, and the reconstructors.
import copyreg
import pickle


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def reduce_point(p):
    return Point, (p.x * 10, p.y * 10)


copyreg.pickle(Point, reduce_point)
print(copyreg.dispatch_table[Point] is reduce_point)
q = pickle.loads(pickle.dumps(Point(1, 2)))
print(q.x, q.y)
copyreg.pickle(Point, reduce_point, Point)
for bad in ((Point, 5), (Point, reduce_point, 7)):
    try:
        copyreg.pickle(*bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    copyreg.constructor(3)
except TypeError as e:
    print('TypeError:', e)
print(copyreg.constructor(int))
del copyreg.dispatch_table[Point]

copyreg.add_extension('mod', 'name', 240)
copyreg.add_extension('mod', 'name', 240)
print(copyreg._extension_registry[('mod', 'name')], copyreg._inverted_registry[240])
for args in (('mod', 'name', 241), ('other', 'x', 240), ('m', 'n', 0),
             ('m', 'n', 2 ** 31), ('m', 'n', '12')):
    try:
        copyreg.add_extension(*args)
    except ValueError as e:
        print('ValueError:', e)
print(('m', 'n') in copyreg._extension_registry)
copyreg.remove_extension('m', 'n', 12)
copyreg._extension_cache[240] = 'cached'
for args in (('mod', 'name', 241), ('nope', 'x', 240)):
    try:
        copyreg.remove_extension(*args)
    except ValueError as e:
        print('ValueError:', e)
copyreg.remove_extension('mod', 'name', 240)
print(copyreg._extension_registry, copyreg._inverted_registry, copyreg._extension_cache)
copyreg._extension_cache[1] = 2
copyreg.clear_extension_cache()
print(copyreg._extension_cache)


class Tagged(list):
    pass


t = copyreg._reconstructor(Tagged, list, [1, 2])
print(type(t).__name__, t)
o = copyreg._reconstructor(Point, object, None)
print(type(o).__name__, vars(o))
print(copyreg.__newobj__(Tagged, [5]), type(copyreg.__newobj_ex__(Tagged, ([6],), {})).__name__)
print(sorted(copyreg.__all__))
