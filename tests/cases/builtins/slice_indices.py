# slice.indices(length) clamps a slice to a sequence length, as CPython does.
for s in [slice(1,5,2), slice(None), slice(-100, 100), slice(None,None,-1), slice(0,10,3), slice(5,1,-2)]:
    print(s.indices(3), s.indices(0))
try: slice(1).indices(-1)
except ValueError as e: print(e)
try: slice(1,2,0).indices(1)
except ValueError as e: print(e)
print(slice(1, 5, 2).start, slice(3).stop, "abcdefg"[slice(1, 5, 2)])
