from html.parser import HTMLParser


class Tracer(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print("start", tag, attrs, self.getpos())

    def handle_endtag(self, tag):
        print("end", tag)

    def handle_startendtag(self, tag, attrs):
        print("startend", tag, attrs)

    def handle_data(self, data):
        print("data", repr(data))

    def handle_comment(self, data):
        print("comment", repr(data))

    def handle_decl(self, decl):
        print("decl", repr(decl))

    def handle_pi(self, data):
        print("pi", repr(data))


page = """<!DOCTYPE html>
<html lang="en">
<head><title>Test &amp; Demo</title>
<style>p > a { color: red; }</style>
<script>if (a < b && c) { x = "</p>"; }</script>
</head>
<BODY Class='main' data-x=42 hidden>
<!-- a comment -->
<p>Hello, <b>world</b>! 5 &lt; 6 &#169; &#x263A; &copy; &bogus;</p>
<img src="a.png" alt="A &quot;pic&quot;"/>
<br>
<a href=/path?x=1&amp;y=2>link</a>
<?xml version="1.0"?>
</body></html>
"""
p = Tracer()
p.feed(page)
p.close()


class LinkCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
        self.text = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.append(dict(attrs).get("href"))

    def handle_data(self, data):
        if data.strip():
            self.text.append(data.strip())


c = LinkCollector()
for chunk in ['<ul><li><a href="/one">One</a></li><li><a hre', 'f="/two">Two</a>', '</li></ul> tail']:
    c.feed(chunk)
c.close()
print(c.links, c.text)

raw = Tracer(convert_charrefs=False)
raw.handle_entityref = lambda name: print("entityref", name)
raw.handle_charref = lambda name: print("charref", name)
raw.feed("<p>a &amp; b &#65; c</p>")
raw.close()
print(HTMLParser().unescape if hasattr(HTMLParser, "unescape") else "no unescape")
t = Tracer()
t.feed("<div id=x>unclosed <span")
print("-- close")
t.close()
print(t.get_starttag_text())
