import re

print(re.sub(r"\s+", " ", "a   b \t\n c"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home and ann@work"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first> (\g<0>) \g<2>", "Ada Lovelace"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples, 12 pears"))
print(re.sub("a", "b", "aaaa", count=2), re.sub("a", "b", "aaaa", 1))
print(re.subn("o", "0", "foo boo"), re.subn("z", "-", "abc"))
print(re.sub("x*", "-", "abxd"), re.sub("", "-", "abc"), re.sub("b*", "X", "abba"))
print(re.sub(r"(a)|b", r"[\1]", "ab"), re.sub("a", r"\n\t|\\", "a"), repr(re.sub("a", r"\.", "a")))
print(re.sub("(?i)hello", "bye", "Hello HELLO"), re.sub("a", "b", "AaA", flags=re.I))
print(re.sub(r"^", "> ", "one\ntwo", flags=re.M))
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words."))
print(re.split(r"\W+", "Words, words, words.", 1), re.split("x*", "axbc"), re.split(",", ""))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split("(a)|b", "xaybz"), re.split(r"\s", " a b "))
print(re.compile(r"-").split("1-2-3", maxsplit=1))
print(re.escape("a.b*c d-e_f\n"), re.escape("1+1=2?"), re.escape("über"))
print(re.findall(re.escape("a.b"), "a.b axb"))
for repl in [r"\q", r"\3", r"\g<x>", r"\g<", r"\g<1", "\\", r"\g<a b>"]:
    try:
        re.sub(r"(a)(b)", repl, "ab")
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub("a", lambda m: 5, "a")
except TypeError as e:
    print("TypeError", e)
print(re.sub("a", lambda m: m.group().upper(), "banana"))
