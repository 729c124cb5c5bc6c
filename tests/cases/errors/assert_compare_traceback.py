# The traceback of a failed assert underlines a comparison test, as CPython 3.11 does.
def check(values):
    for v in values:
        assert v, "falsy value"
    assert len(values) > 3, f"too few values: {len(values)}"
    return True


try:
    check([1, 0])
except AssertionError as e:
    print("caught:", e)
print(check([1, 2, 3, 4]))
check([1, 2])
