# __format__ of user classes is used by f-strings, format() and str.format.
class Temp:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        if spec == "":
            return f"{self.c}°C"
        return format(self.c, spec) + "C"


t = Temp(21.456)
print(f"{t}", f"{t:.1f}", format(t, ">10.2f"), "{:.0f}|{}".format(t, t))


class Plain:
    def __repr__(self):
        return "Plain()"


print(f"{Plain()}", format(Plain()), f"{Plain()!r:>9}")
try:
    f"{Plain():>5}"
except TypeError as e:
    print(e)


class Bad:
    def __format__(self, spec):
        return 5


try:
    f"{Bad()}"
except TypeError as e:
    print(e)
