data = b"abcabcabc"
print(data.find(b"c", 3), data.find(b"c", 3, 5), data.find(b"c", -2), data.find(b"x"))
print(data.find(b"", 9), data.find(b"", 10), data.find(99, 4), data.find(b"a", None, -1))
print(data.rfind(b"abc"), data.rfind(b"abc", 0, 8), data.rfind(b""), data.rfind(b"z"))
print(data.index(b"b", 2), data.rindex(b"b"), data.rindex(b"a", 0, 4))
print(data.count(b"a", 1), data.count(b"bc", 0, 5), data.count(b""), data.count(b"", 3, 5), data.count(b"", 7, 2))
for call in [lambda: data.index(b"z"), lambda: data.rindex(b"a", 1, 3),
             lambda: data.find(b"a", "1"), lambda: data.find(), lambda: data.count(b"a", 1, 2, 3),
             lambda: data.find("a"), lambda: data.find(300)]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
