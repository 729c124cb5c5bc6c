import sys

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
for bad in (0, -1.5):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print(e)
for f in (lambda: sys.setswitchinterval("x"), lambda: sys.setswitchinterval(), lambda: sys.getswitchinterval(1)):
    try:
        f()
    except TypeError as e:
        print(e)
