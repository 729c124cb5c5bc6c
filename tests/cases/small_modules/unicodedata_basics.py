# unicodedata: names both ways, categories, combining classes, numeric values, widths
# and the four normalization forms, with CPython's errors.
import unicodedata as u
for ch in "aÅé€中😀 1\t٣²½⑩\u0301ｱＡ→«":
    print(repr(ch), u.name(ch, "?"), u.category(ch), u.combining(ch), u.decimal(ch, None), u.digit(ch, None), u.numeric(ch, None))
print([u.east_asian_width(ch) for ch in "a中😀ｱＡ 1"])
for f, a in [(u.name, ('\x00',)), (u.lookup, ('NO SUCH',)), (u.decimal, ('x',)), (u.digit, ('x',)), (u.numeric, ('x',)), (u.category, ('ab',)), (u.normalize, ('XYZ', 'a')), (u.name, (5,)), (u.category, (5,)), (u.normalize, ('NFC', 5)), (u.name, ())]:
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, e)
print(u.lookup("LATIN SMALL LETTER E WITH ACUTE"), u.lookup("HANGUL SYLLABLE GA"), u.name("\uac00"), u.lookup("snowman"))
s = "Crème Brûlée ﬁ ①"
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    n = u.normalize(form, s)
    print(form, len(n), ascii(n), u.is_normalized(form, s), u.is_normalized(form, n))
print("".join(c for c in u.normalize("NFD", s) if not u.combining(c)))
print(u.unidata_version)
