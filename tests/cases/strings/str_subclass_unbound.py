# Methods called through the type accept instances of str subclasses as their str, in
# every argument position; a receiver of another type names its type in the error.
class Name(str):
    def shout(self):
        return self.upper() + "!"


n = Name("alice")
print(str.upper(n), str.title(n), str.center(n, 11, "*"), str.split(Name("a b")))
print(str.join(", ", [Name("a"), Name("b")]), Name("-").join(["x", "y"]))
print("alice bob".split(Name(" ")), "hello".replace(Name("l"), Name("L")))
print(n.startswith(Name("al")), "xalice".endswith(n), "bob".find(Name("b"), 1))
print(str.encode(n), str.count(n, "l"), str.partition(Name("k=v"), "="))
print(list(map(str.strip, [Name(" a "), " b "])), sorted([Name("b"), "a"], key=str.lower))
print(n.shout(), type(str.upper(n)).__name__)

for call in [
    lambda: str.upper(5),
    lambda: str.upper(),
    lambda: str.join(1, []),
    lambda: list.append((), 1),
    lambda: list.append(),
    lambda: dict.get([], 1),
    lambda: bytes.upper("x"),
    lambda: str.encode(b"x"),
]:
    try:
        call()
    except TypeError as e:
        print(e)
