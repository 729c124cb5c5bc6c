# locale in the C locale (set explicitly, so the environment does not matter):
# localeconv, getlocale, normalize, number formatting and parsing, and errors.
import locale

print(locale.setlocale(locale.LC_ALL, "C"), locale.setlocale(locale.LC_NUMERIC), locale.getlocale())
print(locale.localeconv())
print(locale.format_string("%.2f", 1234567.891, grouping=True), locale.format_string("%d items, %s", (5, "x")),
      locale.format_string("%(n)05d and %%", {"n": 42}), locale.format_string("%*d|", (6, 42)))
try:
    locale.setlocale(locale.LC_ALL, "xx_YY.UTF-8")
except locale.Error as e:
    print("Error", e)
for n in ["C", "POSIX", "C.UTF-8", "C.utf8", "en_US", "en_US.UTF-8", "de_DE.utf8", "fr_FR", "ja_JP.eucJP"]:
    print(repr(n), repr(locale.normalize(n)), locale._parse_localename(n))
print(locale.str(3.14159265358979), locale.atof("1.5"), locale.atoi("42"), locale.delocalize("1.5"), locale.localize("1234.5"))
try:
    locale.currency(5)
except ValueError as e:
    print(e)
print(locale.strcoll("a", "b"), locale.strcoll("b", "b"), locale.strxfrm("abc"), sorted(["b", "A", "a"], key=locale.strxfrm))
print(locale.getlocale(locale.LC_NUMERIC), locale.getlocale(locale.LC_TIME))
locale.setlocale(locale.LC_CTYPE, "C.UTF-8")
try:
    locale.getlocale(locale.LC_ALL)
except TypeError as e:
    print(e)
print(locale.getlocale(), locale.Error.__mro__, locale.LC_ALL, locale.CHAR_MAX)
