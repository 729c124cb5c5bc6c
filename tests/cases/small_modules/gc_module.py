import gc

print(isinstance(gc.collect(), int), gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), gc.get_threshold(), len(gc.get_count()), gc.garbage)
try:
    gc.collect(5)
except ValueError as e:
    print(e)
