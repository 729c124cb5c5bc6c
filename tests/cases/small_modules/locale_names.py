# locale: name normalisation and parsing, locale tuples, getdefaultlocale from the
# environment, and format_string's handling of each conversion, in the C locale.
import locale
import os
import warnings

locale.setlocale(locale.LC_ALL, "C")
for name in ["c", "posix", "C.ascii", "c.en", "c.iso88591", "c.utf8", "en", "ja_jp", "zh_CN",
             "ko_KR", "zh_tw", "EN_us", "en_US.utf-8", "en_US:UTF-8",
             "de_DE.ISO-8859-1", "sr_RS.UTF-8@latin", "xx", "pt_BR.latin1", "es_ES.iso885915",
             "en_GB.ascii", "nl_NL.eucjp", "fi_FI.whatever"]:
    parsed = None
    try:
        parsed = locale._parse_localename(name)
    except ValueError as exc:
        parsed = "ValueError: %s" % exc
    print(repr(name), repr(locale.normalize(name)), parsed)

print(locale.setlocale(locale.LC_NUMERIC, ("C", None)), locale.setlocale(locale.LC_NUMERIC, (None, None)))
print(locale.setlocale(locale.LC_CTYPE, "C.UTF-8"), locale.getlocale(locale.LC_CTYPE))
for bad in [("C",), 5, ("a", "b", "c")]:
    try:
        locale.setlocale(locale.LC_NUMERIC, bad)
    except (TypeError, locale.Error) as exc:
        print(type(exc).__name__, exc)

for variables, value in [(("LC_ALL",), "de_DE.UTF-8"), (("LANGUAGE",), "fr_FR:en_US"),
                         (("LANG",), "C"), (("NOPE",), None), (("LC_CTYPE",), "ja_JP")]:
    for variable in variables:
        if value is None:
            os.environ.pop(variable, None)
        else:
            os.environ[variable] = value
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        print(variables, locale.getdefaultlocale(variables), caught[0].category.__name__)

for fmt, value in [("%d", 1234567), ("%5.1f", 3.25), ("%e", 12345.678), ("%g", 0.0001234),
                   ("%x", 255), ("%o", 8), ("%s", "text"), ("%r", "text"), ("%c", 65),
                   ("%i|%u", (1, 2)), ("%-8.3f|", 2.5), ("%+d", 5), ("%%d", ()),
                   ("%(a)s-%(b).1f", {"a": 1, "b": 2}), ("%*.*f", (8, 2, 3.14159)),
                   ("no conversions", ())]:
    print(repr(fmt), repr(locale.format_string(fmt, value, grouping=True)),
          repr(locale.format_string(fmt, value, monetary=True)))
print(locale.localize("1234567.5", grouping=True), locale.localize("12", monetary=True),
      locale.delocalize("1,234.5"), locale.atof("2.5", int if False else float), locale.atoi("-7"))
print(locale.str(1 / 3), locale.str(1e20), locale.str(10))
try:
    locale.atoi("1.5")
except ValueError as exc:
    print("ValueError", exc)
print(sorted(locale.__all__))
