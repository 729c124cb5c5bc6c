def truth(v):
    if v:
        return "T"
    return "F"

print(truth(0), truth(1), truth(-1), truth(2**100))
print(truth(""), truth(" "), truth(None), truth(0.0))
print(truth(()), truth((0,)), truth([]), truth([0]))
print(truth(range(0)), truth(range(1)), truth(False))
