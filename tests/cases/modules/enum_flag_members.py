import enum
class F(enum.Flag):
    Z = 0
    A = 1
    B = 2
    AB = 3
    C = 4
print(list(F), len(F), list(F.__members__), list(F.AB), F(7), repr(~F.A), F.AB.name, repr(F(0)))
class G(enum.IntFlag):
    X = 1
    Y = 2
    XY = 3
print(list(G), len(G), repr(G.X | 4), G(3))
class RF(enum.IntFlag):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128
print(repr(RF.I), RF.I | RF.M, repr(RF.I | RF.M), ~RF.I, RF.I | 1024, repr(RF.I|1024), RF(10), list(RF)[:3], RF.I.name, RF.I.value, type(RF.I), RF.I + 1, isinstance(RF.I, int), (RF.I|RF.M).name)
print(repr(RF(0)), RF.I & RF.M, RF.I ^ RF.I, f"{RF.I}", '%s' % RF.M, RF.A | RF.I)
