# str methods reject bad arguments with the message of the way CPython checks them:
# one-argument methods, argument tuples, and positional-only clinic.
def attempt(label, f):
    try:
        f()
        print(label, "no error")
    except TypeError as e:
        print(label, "|", e)


methods = ["join", "removeprefix", "removesuffix", "strip", "split", "rsplit", "splitlines",
           "startswith", "endswith", "count", "find", "rfind", "index", "rindex", "replace",
           "partition", "rpartition", "center", "ljust", "zfill", "encode", "expandtabs",
           "format_map", "translate"]
for m in methods:
    attempt(m, lambda: getattr("a", m)(1, 2, 3, 4, 5))

for label, f in [
    ("split(1)", lambda: "a b".split(1)),
    ("rsplit(sep=1)", lambda: "a b".rsplit(sep=1)),
    ("strip(1)", lambda: "a".strip(1)),
    ("lstrip(1)", lambda: "a".lstrip(1)),
    ("rstrip(1.5)", lambda: "a".rstrip(1.5)),
    ("splitlines('x')", lambda: "a".splitlines("x")),
    ("splitlines(1.5)", lambda: "a".splitlines(1.5)),
    ("replace(1, 'b')", lambda: "a".replace(1, "b")),
    ("replace('a', 2)", lambda: "a".replace("a", 2)),
    ("removeprefix(1)", lambda: "a".removeprefix(1)),
    ("removesuffix(None)", lambda: "a".removesuffix(None)),
    ("format_map()", lambda: "a".format_map()),
    ("bytes join", lambda: b"-".join([b"a"], [b"b"])),
]:
    attempt(label, f)
print("a\nb\n".splitlines(2), "a\nb".splitlines(keepends=True), "x y".split(None), "-a-".strip(None))
