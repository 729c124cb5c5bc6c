# PrettyPrinter's options, methods and errors; mixed-type ordering; strings split at depth.
import io
import pprint

for kwargs in ({"indent": -1}, {"depth": 0}, {"width": 0}, {"depth": -2}):
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as e:
        print(kwargs, "ValueError", e)

buf = io.StringIO()
printer = pprint.PrettyPrinter(indent=2, width=30, stream=buf)
printer.pprint({"alpha": list(range(12)), "beta": ("x" * 10, "y" * 10)})
printer.pprint([])
print(buf.getvalue(), end="")
print(repr(printer.pformat({"k": [1, 2]})))
print(printer.isreadable([1, 2.5, "s", None, b"b"]), printer.isrecursive([1]))

mixed = {3: "int", "a": "str", 2.5: "float", (1,): "tuple", None: "none"}
print(pprint.pformat(mixed, width=20))
print(pprint.pformat({1, "x", 2.0, (0,)}, width=10).count("\n"))
print(pprint.pformat(frozenset(range(25)), width=30))
print(pprint.pformat(set(range(25)), width=30, compact=True))

nested = [["s" * 20 + " " + "t" * 20 + " " + "u" * 20] * 2, {"key": "word " * 20}]
print(pprint.pformat(nested, width=40))
print(pprint.pformat("no-spaces-" * 12, width=30))
print(pprint.pformat("line\n" * 4, width=10))
print(pprint.pformat(("only one long element " * 4,), width=40))

deep = {"a": {"b": {"c": {"d": [1, (2, 3), {4: 5}]}}}}
for depth in (1, 2, 3, 4, 5):
    print(depth, pprint.pformat(deep, depth=depth))
print(pprint.pformat([[1, [2, [3]]], (4, (5,))], depth=2))
print(pprint.saferepr([[1, [2, [3]]]]), pprint.isreadable(deep))

loop = {"name": "loop"}
loop["self"] = loop
print(pprint.saferepr(loop).replace(str(id(loop)), "ID"))
print(pprint.pformat([loop, loop], width=20).replace(str(id(loop)), "ID"))
print(pprint.isrecursive(loop), pprint.isreadable(loop), pprint.isreadable(object()))
shared = [1, 2]
print(pprint.isrecursive([shared, shared]), pprint.saferepr([shared, shared]))


class Upper(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return repr(object.upper()), True, False
        return super().format(object, context, maxlevels, level)


print(Upper().pformat({"key": ["val", ("x", 1)]}))
print(Upper(width=20).pformat(["abc" * 3, "def" * 3, "ghi"]))

print(pprint.pformat(list(range(20)), indent=3, width=25))
print(pprint.pformat({i: [i] * 3 for i in range(4)}, indent=4, width=20))
print(pprint.pformat([10 ** 12, 2 ** 70, -5000], underscore_numbers=True))
print(pprint.pformat({"n": 1234567}, underscore_numbers=True))
pprint.pp([{"z": 1, "a": 2}], width=10)
pprint.pp({"b": 1, "a": 2}, sort_dicts=True)
print(pprint.pformat(list(range(12)), width=1))


class Tup(tuple):
    pass


class Dct(dict):
    def __repr__(self):
        return "Dct!"


print(pprint.pformat(Tup(range(30)), width=30))
print(pprint.pformat([Dct(a=1)] * 8, width=20))
print(pprint.__all__)
