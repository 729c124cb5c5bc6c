import string
import operator
from operator import itemgetter, attrgetter, methodcaller

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase, string.digits)
print(string.hexdigits, string.octdigits, string.punctuation)
print(repr(string.whitespace), repr(string.printable), len(string.printable))

print(operator.add(2, 3), operator.sub(5, 8), operator.mul("ab", 3), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(-7, 3), operator.pow(2, 10), operator.neg(4), operator.pos(-2))
print(operator.not_(0), operator.truth([1]), operator.eq(1, 1.0), operator.lt("a", "b"), operator.ge(2, 3))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.abs(-3.5), operator.index(7))
print(operator.concat([1], [2]), operator.contains([1, 2], 2), operator.getitem("hello", 1), operator.is_(None, None))
data = {"a": 1}
operator.setitem(data, "b", 2)
operator.delitem(data, "a")
print(data, operator.countOf([1, 2, 1], 1))

pairs = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(pairs, key=itemgetter(1)), sorted(pairs, key=itemgetter(0)))
print(itemgetter(1)("xyz"), itemgetter(0, 2)("xyz"), itemgetter("k")({"k": 9}))
print(repr(itemgetter(1)), repr(itemgetter(0, 2)), repr(attrgetter("real")), repr(methodcaller("count", 1)))


class P:
    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.me = self

    def greet(self, greeting, punct="!"):
        return greeting + " " + self.name + punct


people = [P("ann", 31), P("bob", 25)]
print([p.name for p in sorted(people, key=attrgetter("age"))], attrgetter("name", "age")(people[0]))
print(attrgetter("me.me.name")(people[1]), methodcaller("greet", "hi")(people[0]), methodcaller("greet", "yo", punct="?")(people[1]))
from functools import reduce
print(reduce(operator.add, range(10)), reduce(operator.mul, [1, 2, 3, 4]))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])))
operator.add(1, "a")
