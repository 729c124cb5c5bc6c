"""Iterating non-ASCII text steps through it once (it used to recount from the start)."""
s = "héllo ✓ wörld 😀!"
it = iter(s)
print(next(it), next(it), it.__length_hint__(), list(it), it.__length_hint__(), next(it, "end"))
print(list(enumerate("aé😀")), [c for c in s if ord(c) > 127], "".join(reversed(s)), sorted(set(s)))
it = iter(s)
for c in it:
    if c == "✓":
        break
print("".join(it), len(s), list(zip(s, range(3))), dict.fromkeys("äbä"))
import operator
print(iter("ab😀c").__length_hint__(), type(iter("é")).__name__, list(iter("")), max("zé😀a"), min(s))
text = "naïve café — ✓ 😀 " * 4000
counts = {}
for ch in text:
    counts[ch] = counts.get(ch, 0) + 1
print(len(text), sorted(counts.items())[:5], sum(1 for c in text if c.isalpha()))
print(sum(i for i, c in enumerate(text) if c == "😀") % 1000003, [ord(c) for c in text[:6]])
