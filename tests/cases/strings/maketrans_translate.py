# str.maketrans builds code-point tables; str.translate maps, replaces or deletes.
import string

table = str.maketrans("abc", "xyz", "d")
print(sorted(table.items()))
print("aabbccdd".translate(table))
print(str.maketrans({"a": "1", 98: None, "c": 99}))
print("".maketrans("x", "y"))
rot13 = str.maketrans(
    string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13]
)
print("hello, world".translate(rot13))
print("hello".translate({ord("l"): None, ord("h"): "J", ord("o"): "0ooo"}))
print("abc".translate("ABCDEFGHIJ" * 10))
print("héllo wörld".translate(str.maketrans("éö", "eo")))


class Upper(dict):
    def __missing__(self, key):
        return chr(key).upper()


print("mixed Case".translate(Upper()))
print(str.translate("abc", {97: 65}))

for call in [
    lambda: str.maketrans(1),
    lambda: str.maketrans("ab", "c"),
    lambda: str.maketrans({"ab": 1}),
    lambda: str.maketrans({1.5: 2}),
    lambda: str.maketrans("a", 2),
    lambda: str.maketrans("a", "b", 3),
    lambda: str.maketrans(1, "b"),
    lambda: str.maketrans(),
    lambda: "abc".translate({97: 3.5}),
    lambda: "abc".translate({97: 0x110000}),
    lambda: "abc".translate(),
]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
