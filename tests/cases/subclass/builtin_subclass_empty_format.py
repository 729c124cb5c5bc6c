# format() of an int, str or float subclass with an empty spec is str() of it.
class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
class Name(str):
    def __str__(self):
        return self.upper()
class F(float):
    pass
m = MyInt(5)
print(f"{m}", f"{m:03d}", format(m), "{}".format(m), f"{Name('ab')}", f"{Name('ab'):>4}", f"{F(1.5)}", f"{F(2.5):.2f}")
