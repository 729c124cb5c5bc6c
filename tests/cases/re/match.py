import re

m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m)
print(m.group(0), m.group(1), m.group(2), m.group(1, 2), m[1], m[0])
print(m.groups(), m.start(), m.end(), m.span(), m.span(2), m.start(2), m.end(1))
print(m.string, m.re, m.pos, m.endpos, m.lastindex, m.regs)
print(re.match("b", "abc"), re.search("b", "abc"), re.fullmatch("abc", "abc"))
print(re.fullmatch("ab", "abc"), re.fullmatch("a|ab", "ab"), bool(re.search("z", "abc")))

m = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?", "on 2024-03 we")
print(m, m.groupdict(), m.groupdict("?"), m.groups(), m.groups(0))
print(m["year"], m.group("month"), m.start("month"), m.span("day"), m.lastgroup, m.lastindex)
print(m.expand(r"\g<month>/\g<year> \2"))

p = re.compile(r"\d+")
print(p, p.pattern, p.groups, p.groupindex, p.flags)
print(p.search("ab 12 cd 345", 5), p.match("12ab"), p.match("ab12", 2), p.search("12345", 1, 3))
print(p.findall("a1b22c333"), p.findall("a1b22c333", 3))
print([m.span() for m in p.finditer("1 22 333")])
print([m.group() for m in re.finditer(r"\b\w", "hello big world")])

print(re.search("^abc$", "abc\n"), re.search("^b$", "a\nb\nc"), re.search("^b$", "a\nb\nc", re.M))
print(re.findall(r"^\w", "one\ntwo\nthree", re.MULTILINE), re.findall("a.c", "a\nc abc"))
print(re.findall("a.c", "a\nc abc", re.DOTALL), re.findall("HeLLo", "hello HELLO", re.I))
print(re.search(r"\Aab\Z", "ab"), re.search(r"ab\Z", "ab\n"), re.search(r"ab$", "ab\n"))
verbose = re.compile(r"""
    (\d{3})   # area
    [-\s]?    # separator
    (\d{4})   # number
""", re.VERBOSE)
print(verbose.findall("555-1234 and 5556789"), verbose.groups)
print(re.findall(r"(\w)\1", "aabbcd eef"), re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' now"))
print(re.findall(r"\w+(?=!)", "hey! you! there"), re.findall(r"(?<=\$)\d+", "cost $15 or $20"))
print(re.findall(r"(?<!\d)\d\d(?!\d)", "1 22 333 44"), re.findall(r"a{2,3}", "a aa aaaa"))
print(re.findall(r"a{,2}b", "aaab b"), re.findall(r"x{", "x{"), re.findall(r"[]a-c]+", "]ab[d"))
print(re.findall(r"[\w.-]+@[\w-]+\.\w+", "mail bob.s@ex-a.com, al@b.org"))
print(re.findall(r"(\d+)-(\d+)", "1-2 33-44"), re.findall(r"(a)|b", "ab"))
print(re.findall(r"[^aeiou\s]+", "hello world"), re.findall(r"\s+", "a  b\tc\n"))
print(re.findall("é+", "café éé"), re.search("(é)(x)", "aéxé").span(2))
print(re.findall(r"a*?b|c", "aab c"), re.match(r"(a+)+b", "aaab").groups())
print(re.search("(?i)straße", "STRASSE Straße"), re.findall(r"\d", "١٢3"))
print(re.compile("a", re.I | re.M), re.compile("x", re.S), re.compile("x", re.X | re.S))
print(re.compile("it's"), repr(re.compile("\\d")), re.compile(p) is p)
print(re.search("", "abc"), re.match("a*", "bbb"))
