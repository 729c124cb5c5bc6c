# __setattr__ and __delattr__ overrides, delegating to object's through super().
class Recorder:
    def __init__(self):
        self.log = []

    def __setattr__(self, name, value):
        print("set", name)
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)


r = Recorder()
r.a = 1
print(r.a, r.log)
del r.a
print(hasattr(r, "a"))


class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field '{name}'")


f = Frozen(3)
print(f.v)
try:
    f.v = 4
except AttributeError as e:
    print(e)
try:
    object.__setattr__(f, 5, 1)
except TypeError as e:
    print(e)
try:
    del r.missing
except AttributeError as e:
    print(e)
