# At exit, __del__ runs for the instances the globals hold, in the order of the
# globals, then for those inside containers.
class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


p = A("p")
q = A("q")
t = (A("t1"), [A("t2")])
d = {"k": A("dv")}
r = A("r")
print("end of program")
