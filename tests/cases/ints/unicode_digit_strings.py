# int() and float() read Unicode decimal digits and whitespace as CPython does.
print(int("١٢٣"), float("٣.٥"), int("\u0966\u0967"), int("𝟏𝟐"), int("\u3000 42\u2003"), float(" ١e٢ "))
for s in ["½", "1 2", "١٢a"]:
    try: int(s)
    except ValueError as e: print(e)
try: float("٣.x")
except ValueError as e: print(e)
