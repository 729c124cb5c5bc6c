# except* needs a class.
try:
    pass
except*:
    pass
