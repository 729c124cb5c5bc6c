# urllib.parse: netloc attributes, result types, quoting corner cases and query parsing errors.
from urllib.parse import (DefragResult, ParseResult, SplitResult, parse_qs, parse_qsl, quote,
                          quote_from_bytes, quote_plus, unquote, unquote_to_bytes, urldefrag,
                          urlencode, urljoin, urlparse, urlsplit, urlunparse, urlunsplit)
import urllib.parse


def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


for netloc in ["user:pw@Host.Example:81", "user@host", ":@h", "@h:", "h:0", "h:65535", "h:65536",
               "h:-1", "h: 8", "[FE80::1%Eth0]:8080", "[::1]", "u:p:q@h", "a@b@c:1", ""]:
    parts = urlsplit("http://" + netloc + "/p")
    t(netloc + " host", lambda: (parts.username, parts.password, parts.hostname))
    t(netloc + " port", lambda: parts.port)

r = urlparse("https://u@h/a;b;c?q=1#f")
print(r, r._fields, r.params, type(r).__mro__[1].__name__)
print(r._replace(scheme="ftp", params="").geturl(), tuple(r)[2])
s = SplitResult("s", "n", "/p", "q", "f")
print(s, s.geturl(), s == ("s", "n", "/p", "q", "f"), isinstance(s, tuple))
d = urldefrag("http://h/p?q#frag")
print(d, d.url, d.fragment, d.geturl(), DefragResult("u", "").geturl())
print(ParseResult("", "", "p", "x", "", "").geturl(), urlunparse(("http", "h", "", "", "q", "")))
for comps in [("", "", "", "", ""), ("http", "", "p", "", ""), ("file", "", "/etc", "", ""),
              ("mailto", "", "a@b", "", ""), ("", "h", "p", "", ""), ("s", "", "//x", "q", "")]:
    print(comps, repr(urlunsplit(comps)))
print(urlsplit("HTTP://H/P?Q#F"), urlsplit("1http://x"), urlsplit("ht tp://x"), urlsplit("http:80"))
print(urlsplit("//h?x#y", scheme="wss"), urlparse("tel:+1;ext=2"), urlparse("x:/p;a"))

for rel in ["../../../..", "g/../../..", "///x", "?", "#", "g#", "http://a/x/../y", "HTTP://A/b"]:
    print(repr(rel), urljoin("http://a/b/c/d", rel))
print(urljoin("mailto:x@y", "z"), urljoin("ftp://h/a/b", "c"), urljoin("http://a/b#f", "#g", allow_fragments=False))
print(urljoin("foo:bar", "baz"), urljoin("http://a/b/", "../../../c/./d/."))

t("quote safe bytes", lambda: quote("a/b c", safe=b" "))
t("quote bytes", lambda: quote(b"a/b c"))
t("quote bytes enc", lambda: quote(b"x", encoding="utf-8"))
t("quote bytes err", lambda: quote(b"x", errors="strict"))
t("quote latin1", lambda: quote("é", encoding="latin-1"))
t("quote ascii err", lambda: quote("é", encoding="ascii", errors="replace"))
t("quote int", lambda: quote(5))
t("quote_plus bytes", lambda: quote_plus(b"a b+c"))
t("quote_plus safe", lambda: quote_plus("a b/c", safe="/"))
t("quote_from_bytes", lambda: quote_from_bytes(b"~a b", safe="~"))
t("quote_from_bytes str", lambda: quote_from_bytes("abc"))
t("quote_from_bytes empty", lambda: quote_from_bytes(b""))
t("unquote_to_bytes", lambda: unquote_to_bytes("%e2%82%ac%2x%"))
t("unquote_to_bytes bytes", lambda: unquote_to_bytes(b"a%20b"))
t("unquote_to_bytes empty", lambda: unquote_to_bytes(""))
t("unquote latin1", lambda: unquote("%E9", encoding="latin-1"))
t("unquote strict", lambda: unquote("%E9", errors="strict"))
t("unquote mixed", lambda: unquote("a%2%41%%42"))

t("urlencode seq", lambda: urlencode((("a", 1), ("b", None))))
t("urlencode doseq str", lambda: urlencode({"s": "abc", "t": (1, "x y")}, doseq=True))
t("urlencode doseq int", lambda: urlencode({"n": 5}, doseq=True))
t("urlencode enc", lambda: urlencode({"k": "é"}, encoding="latin-1"))
t("urlencode via", lambda: urlencode({"k": "a b/c"}, quote_via=quote, safe="/"))
t("urlencode empty", lambda: urlencode({}))
t("urlencode empty list", lambda: urlencode([]))
t("urlencode bad", lambda: urlencode([1, 2]))
t("parse_qs bytes", lambda: parse_qs(b"a=1&b=%41"))
t("parse_qsl blank", lambda: parse_qsl("a=&b&=c", keep_blank_values=True))
t("parse_qsl strict", lambda: parse_qsl("a=1&&b=2", strict_parsing=True))
t("parse_qsl strict ok", lambda: parse_qsl("a=1&b=2", strict_parsing=True))
t("parse_qsl sep", lambda: parse_qsl("a=1&b=2", separator=None))
t("parse_qsl sep bytes", lambda: parse_qsl(b"a=1;b=2", separator=b";"))
t("parse_qsl max ok", lambda: parse_qsl("a=1&b=2", max_num_fields=2))
t("parse_qsl plus", lambda: parse_qsl("a+b=c+d%2B"))
t("parse_qs enc", lambda: parse_qs("k=%E9", encoding="latin-1"))
print(urllib.parse.uses_netloc[:3], "sftp" in urllib.parse.uses_relative, "tel" in urllib.parse.uses_params)
