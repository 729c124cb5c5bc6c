text = """Python is great. Python is dynamic!
It has a GIL; threads share it.
"""
lines = text.splitlines()
print(lines)
for i, line in enumerate(lines, 1):
    print(f"{i:>3}: {line!r} ({len(line)} chars)")
words = [w.strip(".,!;").lower() for w in text.split()]
print(words)
print(" ".join(reversed(words)))
print("-".join(sorted(set(words))) if False else "skip")
counts = {}
for w in words:
    counts.setdefault(w, 0)
    counts[w] += 1
print(max(counts, key=counts.get), min(counts.values()))
print(text.count("Python"), text.find("GIL"), text.index("is"), text.rfind("is"))
print(text.upper()[:10], text.title()[:20], "abc".capitalize(), "HeLLo".swapcase())
print("  pad  ".strip(), "xxhixx".strip("x"), "a,b,,c".split(","), "a b  c".split())
print("a=1;b=2".partition(";"), "k:v:w".rsplit(":", 1), "hello".center(11, "*"))
print("42".zfill(5), "-42".zfill(5), "abc".ljust(6, ".") + "|", "abc".rjust(6) + "|")
print("ABC".isupper(), "abc".islower(), "123".isdigit(), "a1".isalnum(), " ".isspace())
print("hello world".replace("o", "0", 1), "tab\there".expandtabs(4))
print(str(123)[::-1], "racecar" == "racecar"[::-1], list("abc"), "".join(["x", "y"]))
print(ord("A"), chr(97), hex(255), oct(8), bin(5), int("ff", 16), int("0b101", 0), float("1e3"))
print("{0} {1} {0}".format("a", "b"), "{name}-{age}".format(name="x", age=3), "{:.3e}".format(12345.678))
print(f"{'left':<10}|{'right':>10}|{3.14159:.2f}|{10**6:_}|{-5:+d}|{42:o}")
width = 8
print(f"{'nested':>{width}}|{3.5:{width}.{2}f}|")
value = 17
print(f"{value=}", f"{value * 2 = }", f"{value!r:>5}")
print("%5.1f|%-5d|%05d|%x|%r|%c" % (3.14159, 42, 42, 255, "s", 65))
s = "The quick brown fox"
print(s.startswith("The"), s.endswith(("fox", "dog")), s.split(" ", 2), s.lower().count("o"))
print([c for c in s if c.isupper()], s.casefold(), s.encode if False else "")
print(sorted(s.split(), key=len), sorted(s.split(), key=lambda w: (len(w), w)))
table = [("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 100, 10.0)]
print(f"{'Item':<10}{'Qty':>5}{'Price':>8}")
for name, qty, price in table:
    print(f"{name:<10}{qty:>5}{price:>8.2f}")
print(f"{'Total':<10}{115:>5}{1007.5:>8.2f}")
