# html.escape/unescape with HTML 5 rules (numeric, named, partial and invalid references)
# and the html.entities tables.
import html
from html.entities import name2codepoint, codepoint2name, entitydefs, html5
print(html.escape("<a href='x'>Tom & \"Jerry\"</a>"), html.escape("<b>", quote=False))
print(html.unescape("&lt;p&gt; &amp;amp; &#39; &#x41; &copy; &nbsp;|&eacute; &notit; &notin; &#0; &#x80; &#1114112; &#65534; &bogus; &amp &lt3 &#x1F600;"))
print(len(html5), name2codepoint["eacute"], codepoint2name[0xe9], entitydefs["amp"], html5["gt;"], html.unescape("no refs"))
print(html.unescape(html.escape("5 > 3 & 'q'")))
