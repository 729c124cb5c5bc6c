e = ""
print(len(e), e == "", e + e == e)
if e:
    print("truthy")
else:
    print("empty is falsy")
print(not e, not "x")
print(repr(e * 100))
