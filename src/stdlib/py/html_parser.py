"""html.parser: HTMLParser, an event-driven reader of HTML.

Text is fed in pieces with feed(); each construct found is passed to a handle_*
method, which subclasses override. A construct cut off at the end of what has
been fed waits for more text, or for close(), which flushes what is left.
The contents of <script> and <style> are passed on as they are."""

import re
from html import unescape

__all__ = ['HTMLParser']

_NAME = re.compile(r'[a-zA-Z][^\t\n\r\f />\x00]*')
_END_NAME = re.compile(r'</\s*([a-zA-Z][^\t\n\r\f />\x00]*)[^>]*>')
_ATTRIBUTE = re.compile(
    r'\s*([^\s/>=][^\s/>=]*)'            # name
    r'(?:\s*=+\s*'
    r'(\'[^\']*\'|"[^"]*"|[^\s>]*))?'    # value: quoted either way, or bare
    r'|\s*/(?!>)')                        # a stray slash between attributes
_REFERENCE = re.compile(r'&(?:#([0-9]+|[xX][0-9a-fA-F]+)|([a-zA-Z][a-zA-Z0-9]*));?')
# Where a start tag ends: its '>' outside quoted values.
_TAG_BODY = re.compile(r'<[a-zA-Z](?:[^>\'"]|\'[^\']*\'|"[^"]*")*>')


class HTMLParser:
    CDATA_CONTENT_ELEMENTS = ('script', 'style')

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        self.rawdata = ''
        self.lasttag = '???'
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0
        self._starttag_text = None

    def feed(self, data):
        self.rawdata += data
        self._consume(final=False)

    def close(self):
        self._consume(final=True)

    def getpos(self):
        return self.lineno, self.offset

    def get_starttag_text(self):
        return self._starttag_text

    # What a subclass overrides.
    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def handle_entityref(self, name):
        pass

    def handle_charref(self, name):
        pass

    def unknown_decl(self, data):
        pass

    # The scanner.
    def _advance(self, text):
        """Moves the position reported by getpos() past text."""
        lines = text.count('\n')
        if lines:
            self.lineno += lines
            self.offset = len(text) - text.rindex('\n') - 1
        else:
            self.offset += len(text)

    def _consume(self, final):
        raw = self.rawdata
        pos = 0
        while pos < len(raw):
            if self.cdata_elem:
                end = re.compile(r'</%s\s*>' % self.cdata_elem, re.I).search(raw, pos)
                if end is None:
                    if not final:
                        break
                    stop = len(raw)
                else:
                    stop = end.start()
                if stop > pos:
                    self._text(raw[pos:stop], raw=True)
                    self._advance(raw[pos:stop])
                    pos = stop
                if end is None:
                    break
            lt = raw.find('<', pos)
            if lt < 0:
                if not final and self._reference_may_continue(raw, pos):
                    break
                lt = len(raw)
            if lt > pos:
                self._text(raw[pos:lt])
                self._advance(raw[pos:lt])
                pos = lt
                continue
            used = self._markup(raw, pos, final)
            if used is None:
                break
            self._advance(raw[pos:used])
            pos = used
        self.rawdata = raw[pos:]

    @staticmethod
    def _reference_may_continue(raw, pos):
        """Whether the text ends in what may be the start of a character reference,
        which must wait for the rest of it."""
        amp = raw.rfind('&', max(pos, len(raw) - 34))
        return amp >= 0 and not re.search(r'[\s;]', raw[amp:])

    def _text(self, text, raw=False):
        if raw or self.convert_charrefs:
            self.handle_data(text if raw else unescape(text))
            return
        start = 0
        for ref in _REFERENCE.finditer(text):
            if ref.start() > start:
                self.handle_data(text[start:ref.start()])
            if ref.group(1):
                self.handle_charref(ref.group(1))
            else:
                self.handle_entityref(ref.group(2))
            start = ref.end()
        if start < len(text):
            self.handle_data(text[start:])

    def _markup(self, raw, pos, final):
        """Handles the construct starting with the '<' at pos; returns where it ends,
        or None when it is not complete yet."""
        rest = raw[pos:]
        if rest == '<' and not final:
            return None
        if rest.startswith('<!--'):
            close = raw.find('-->', pos + 4)
            if close < 0:
                return self._incomplete(raw, pos, final)
            self.handle_comment(raw[pos + 4:close])
            return close + 3
        if rest.startswith('<![CDATA['):
            close = raw.find(']]>', pos)
            if close < 0:
                return self._incomplete(raw, pos, final)
            self.unknown_decl(raw[pos + 3:close])
            return close + 3
        if rest.startswith(('<!', '<?', '</')):
            close = raw.find('>', pos)
            if close < 0:
                return self._incomplete(raw, pos, final)
            body = raw[pos + 2:close]
            if rest[1] == '?':
                self.handle_pi(body)
            elif rest[1] == '/':
                self._end_tag(raw[pos:close + 1])
            elif body[:7].upper() == 'DOCTYPE':
                self.handle_decl(body)
            else:
                self.handle_comment(body)
            return close + 1
        if _NAME.match(raw, pos + 1):
            tag = _TAG_BODY.match(raw, pos)
            if tag is None:
                return self._incomplete(raw, pos, final)
            self._start_tag(tag.group())
            return tag.end()
        self.handle_data('<')
        return pos + 1

    def _incomplete(self, raw, pos, final):
        if not final:
            return None
        # At close, what never ended is text: its '<' first, then the rest.
        self._starttag_text = None
        self.handle_data('<')
        if len(raw) > pos + 1:
            self._text(raw[pos + 1:])
        return len(raw)

    def _start_tag(self, text):
        self._starttag_text = text
        name = _NAME.match(text, 1)
        tag = name.group().lower()
        body = text[name.end():-1]
        empty = body.endswith('/') and not re.search(r'=\s*[^\s\'"]*/$', body)
        if empty:
            body = body[:-1]
        attrs = []
        for attr in _ATTRIBUTE.finditer(body):
            if attr.group(1) is None:
                continue
            value = attr.group(2)
            if value is not None:
                if value[:1] in ('"', "'") and value[:1] == value[-1:] and len(value) > 1:
                    value = value[1:-1]
                value = unescape(value)
            attrs.append((attr.group(1).lower(), value))
        self.lasttag = tag
        if empty:
            self.handle_startendtag(tag, attrs)
            return
        self.handle_starttag(tag, attrs)
        if tag in self.CDATA_CONTENT_ELEMENTS:
            self.cdata_elem = tag

    def _end_tag(self, text):
        found = _END_NAME.match(text)
        if found is None:
            # '</>' is dropped; '</ 3>' and the like are comments, as browsers read them.
            if text != '</>':
                self.handle_comment(text[2:-1])
            return
        tag = found.group(1).lower()
        if self.cdata_elem and tag != self.cdata_elem:
            self.handle_data(text)
            return
        self.handle_endtag(tag)
        self.cdata_elem = None
