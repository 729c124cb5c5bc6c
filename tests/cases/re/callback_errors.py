# An error in a replacement function passes through re's C code in CPython: only
# re.sub's own line shows.
import re
import traceback


def halve(m):
    return str(int(m.group()) // int(m.group(2) or 0))


pat = re.compile(r"(\d+)(?:/(\d+))?")
print(pat.sub(lambda m: m.group(1)[::-1], "12/3 and 45"))
for call in [lambda: pat.sub(halve, "7"), lambda: re.subn(r"(\d+)(?:/(\d+))?", halve, "8"),
             lambda: pat.match("9").group(5)]:
    try:
        call()
    except Exception:
        traceback.print_exc()
re.sub(r"(\d+)(?:/(\d+))?", halve, "total: 10")
