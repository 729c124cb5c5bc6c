from html.parser import HTMLParser


class T(HTMLParser):
    def handle_starttag(self, t, a):
        print("start", t, a)

    def handle_startendtag(self, t, a):
        print("startend", t, a)

    def handle_endtag(self, t):
        print("end", t)

    def handle_data(self, d):
        print("data", repr(d), self.getpos())

    def handle_comment(self, d):
        print("comment", repr(d))

    def unknown_decl(self, d):
        print("unknown_decl", repr(d))

    def handle_decl(self, d):
        print("decl", repr(d))


t = T()
t.feed('x < y <3 a&b </> <!x> <![CDATA[raw]]> <a  b = "1"  c=2 d = e/> <p/ > t\nline2 &amp')
t.close()
t = T()
t.feed("<SCRIPT>a</Script>b<textarea>x</textarea>")
t.close()
t = T()
for ch in "<div class='a b'>caf&eacute; &#233;</div><br/><input disabled value=\"x>y\">":
    t.feed(ch)
t.close()


class TableReader(HTMLParser):
    def __init__(self):
        super().__init__()
        self.rows, self.cell, self.in_cell = [], [], False

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self.in_cell, self.cell = True, []

    def handle_endtag(self, tag):
        if tag in ("td", "th"):
            self.rows[-1].append("".join(self.cell).strip())
            self.in_cell = False

    def handle_data(self, data):
        if self.in_cell:
            self.cell.append(data)


r = TableReader()
r.feed("""<table>
<tr><th>Name</th><th>Qty</th></tr>
<tr><td>Apples &amp; pears</td><td> 3 </td></tr>
<tr><td><b>Figs</b></td><td>12</td></tr>
</table>""")
r.close()
for row in r.rows:
    print(" | ".join(f"{c:<16}" for c in row))
