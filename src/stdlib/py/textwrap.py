"""Text wrapping and filling: wrap, fill, shorten, dedent, indent and the
TextWrapper class behind them.

Text is cut into chunks (runs of whitespace, and words, which may be split
after the hyphens of hyphenated words) and lines are filled greedily with
whole chunks, as CPython does, so both break lines at the same places."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only these count as whitespace here (not every Unicode space).
_whitespace = '\t\n\x0b\x0c\r '


def _is_letter(c):
    return c.isalpha() or c == '_'


def _is_word_punct(c):
    return c.isalnum() or c == '_' or c in '!"\'&.,?'


def _is_word_char(c):
    return c.isalnum() or c == '_'


def _dash_run_before_word(text, i):
    """Whether text[i:] starts with two or more hyphens followed by a word char."""
    j = i
    while j < len(text) and text[j] == '-':
        j += 1
    return j - i >= 2 and j < len(text) and _is_word_char(text[j])


def _dash_run_end(text, i):
    while i < len(text) and text[i] == '-':
        i += 1
    return i


def _split_word(text, start, end, chunks):
    """Cuts text[start:end] (no whitespace) into chunks: after a hyphen inside a
    hyphenated word, and around an em-dash (--) between words."""
    i = start
    while i < end:
        if (i > 0 and _is_word_punct(text[i - 1]) and text[i] == '-'
                and _dash_run_before_word(text, i)):
            j = _dash_run_end(text, i)
            chunks.append(text[i:j])
            i = j
            continue
        j = i + 1
        while True:
            if j >= end:
                break
            if text[j] == '-' and _hyphen_breaks(text, j, end):
                j += 1
                break
            if _is_word_punct(text[j - 1]) and text[j] == '-' and _dash_run_before_word(text, j):
                break
            j += 1
        chunks.append(text[i:j])
        i = j


def _hyphen_breaks(text, j, end):
    """Whether a word may be split after the hyphen at j: two letters (or
    letter-hyphen-letter) before it, a letter (optionally hyphen) letter after."""
    before = (j >= 2 and _is_letter(text[j - 2]) and _is_letter(text[j - 1])) or (
        j >= 3 and _is_letter(text[j - 3]) and text[j - 2] == '-' and _is_letter(text[j - 1]))
    if not before:
        return False
    k = j + 1
    if k >= end or not _is_letter(text[k]):
        return False
    k += 1
    if k < end and text[k] == '-':
        k += 1
    return k < end and _is_letter(text[k])


class TextWrapper:
    """Wraps paragraphs to lines of at most `width` characters."""

    def __init__(self, width=70, initial_indent='', subsequent_indent='',
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        # Line geometry.
        self.width, self.tabsize = width, tabsize
        self.initial_indent, self.subsequent_indent = initial_indent, subsequent_indent
        # How the input's whitespace is treated.
        self.expand_tabs, self.replace_whitespace = expand_tabs, replace_whitespace
        self.drop_whitespace = drop_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        # Where words may be broken.
        self.break_long_words, self.break_on_hyphens = break_long_words, break_on_hyphens
        # Truncation.
        self.max_lines, self.placeholder = max_lines, placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in '\t\n\x0b\x0c\r':
                text = text.replace(c, ' ')
        return text

    def _split(self, text):
        chunks = []
        i, n = 0, len(text)
        while i < n:
            j = i
            space = text[i] in _whitespace
            while j < n and (text[j] in _whitespace) == space:
                j += 1
            if space or not self.break_on_hyphens:
                chunks.append(text[i:j])
            else:
                _split_word(text, i, j, chunks)
            i = j
        return chunks

    def _fix_sentence_endings(self, chunks):
        # A sentence ends in a lowercase letter, then . ! or ?, maybe a quote.
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and self._ends_sentence(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    @staticmethod
    def _ends_sentence(chunk):
        if chunk[-1:] in ('"', "'"):
            chunk = chunk[:-1]
        return (len(chunk) >= 2 and chunk[-1] in '.!?'
                and 'a' <= chunk[-2] <= 'z')

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        room = width - cur_len if width >= 1 else 1
        if not self.break_long_words:
            # Unbreakable: it gets a line of its own, however long.
            if not cur_line:
                cur_line.append(reversed_chunks.pop())
            return
        word = reversed_chunks[-1]
        cut = room
        if self.break_on_hyphens and len(word) > room:
            dash = word.rfind('-', 0, room)
            # A dash only counts as a break with something other than dashes before it.
            if dash > 0 and word[:dash].strip('-'):
                cut = dash + 1
        cur_line.append(word[:cut])
        reversed_chunks[-1] = word[cut:]

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            last_prefix = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(last_prefix) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        pending = chunks[::-1]  # taken from the end, so the next chunk is pending[-1]
        lines = []
        while pending:
            prefix = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(prefix)
            # Whitespace at the start of a line (but the first) is dropped.
            if lines and self.drop_whitespace and not pending[-1].strip():
                pending.pop()
            line, used = [], 0
            while pending and used + len(pending[-1]) <= room:
                used += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > room:
                self._handle_long_word(pending, line, used, room)
                used = sum(len(part) for part in line)
            if line and self.drop_whitespace and not line[-1].strip():
                used -= len(line.pop())
            if not line:
                continue
            if self._may_add_line(len(lines), pending, used, room):
                lines.append(prefix + ''.join(line))
                continue
            self._end_with_placeholder(lines, line, used, room, prefix)
            break
        return lines

    def _may_add_line(self, count, pending, used, room):
        """Whether one more full line fits under max_lines: the last one allowed
        must hold everything left but droppable whitespace."""
        if self.max_lines is None or count + 1 < self.max_lines:
            return True
        if pending and not (self.drop_whitespace and len(pending) == 1
                            and not pending[0].strip()):
            return False
        return used <= room

    def _end_with_placeholder(self, lines, line, used, room, prefix):
        """Closes the output once max_lines is reached: the placeholder follows the
        last word of line that leaves room for it, else the previous line, else it
        stands on a line of its own."""
        mark = self.placeholder
        while line:
            if line[-1].strip() and used + len(mark) <= room:
                lines.append(prefix + ''.join(line) + mark)
                return
            used -= len(line.pop())
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(mark) <= self.width:
                lines[-1] = previous + mark
                return
        lines.append(prefix + mark.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The lines of the wrapped text, without final newlines."""
        pieces = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(pieces)
        return self._wrap_chunks(pieces)

    def fill(self, text):
        """The wrapped text as one string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wraps one paragraph into lines of at most width characters."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wraps one paragraph and joins the lines with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapses whitespace and truncates to fit width, ending with a
    placeholder (' [...]') when words were dropped."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Removes the leading whitespace common to every non-blank line; lines of
    only spaces and tabs become empty."""
    lines = text.split('\n')
    margin = None
    for i, line in enumerate(lines):
        content = line.lstrip(' \t')
        if not content:
            lines[i] = ''
            continue
        lead = line[:len(line) - len(content)]
        if margin is None or lead.startswith(margin):
            margin = lead if margin is None else margin
        elif margin.startswith(lead):
            margin = lead
        else:
            common = 0
            while margin[common] == lead[common]:
                common += 1
            margin = margin[:common]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds prefix to the lines for which predicate is true (by default, lines
    that are not only whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
