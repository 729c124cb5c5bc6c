def build(n):
    parts = []
    for i in range(n):
        parts.append(str(i))
    joined = ",".join(parts)
    words = joined.split(",")
    s = ""
    for w in words:
        s += w[-1]
    return joined, words, s


joined, words, s = build(200_000)
print(len(joined), len(words), len(s), s[:10], f"{len(s):,}".upper())
