# __getattribute__ sees every lookup; __getattr__ only the ones that fail.
class Traced:
    def __init__(self):
        self.a = 1

    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        print("getattr", name)
        return f"default-{name}"

    def method(self):
        return "method result"


t = Traced()
print(t.a)
print(t.missing)
print(t.method())
print(getattr(t, "other"), hasattr(t, "a"))


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)

    def __getattribute__(self, name):
        if name.startswith("_"):
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, "_target"), name)


p = Proxy([3, 1, 2])
p.append(0)
print(p._target, p.count(1), p.index(2))


class Strict:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError(f"no access to {name}")
        return super().__getattribute__(name)


s = Strict()
s.secret = 1
s.public = 2
print(s.public, hasattr(s, "secret"), getattr(s, "secret", "hidden"))
try:
    s.secret
except AttributeError as e:
    print("AttributeError:", e)
try:
    Strict().nothing
except AttributeError as e:
    print("AttributeError:", e)


class Sub(Traced):
    pass


print(Sub().a)
try:
    object.__getattribute__(Strict(), 5)
except TypeError as e:
    print("TypeError:", e)
