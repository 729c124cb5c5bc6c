# __format__ on object and the built-in types, which overrides can delegate to.
class Money(float):
    def __format__(self, spec):
        if spec.endswith("$"):
            return "$" + float.__format__(self, spec[:-1])
        return super().__format__(spec)


class Tag:
    def __format__(self, spec):
        return "<" + super().__format__(spec) + ">"


class Name(str):
    def __format__(self, spec):
        return str.__format__(self.upper(), spec)


print(f"{Money(3.14159):.2f$}", f"{Money(2.5):>8.1f}", format(Money(1), ""))
print(f"{Tag()}"[:7], f"{Name('ann'):*^9}")
try:
    f"{Tag():x}"
except TypeError as e:
    print("TypeError:", e)
print((10).__format__("08b"), (255).__format__("#x"), (3.5).__format__(".3e"), "ab".__format__(">4"), True.__format__("d"))
print(object.__format__(5, ""), object.__format__("s", ""))
for bad in [lambda: (1).__format__(5), lambda: object.__format__(1, "d")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
