import math
import traceback


class Car:
    wheels = 4

    def __init__(self):
        self.speed = 0

    def accelerate(self, dv):
        self.speed += dv


c = Car()
for expr in ["c.accelerat", "c.sped", "c.wheel", "Car.wheelz", "math.florr", "[].apend", "'s'.uper", "c.zzzzzzzz", "(1).real_"]:
    try:
        eval(expr)
    except AttributeError as e:
        print(e)
        print(traceback.format_exc().splitlines()[-1])
print(hasattr(c, "sped"), getattr(c, "sped", "dflt"))
c.accelerat(5)
