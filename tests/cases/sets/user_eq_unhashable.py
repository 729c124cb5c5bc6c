# A class that defines __eq__ without __hash__ is unhashable; sets say so.
class Point:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return self.x == other.x
s = {1, 2}
print(len(s))
s.add(Point(1))
