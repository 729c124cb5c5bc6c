import textwrap

text = ("The Zen of Python, by Tim Peters. Beautiful is better than ugly. "
        "Explicit is better than implicit. Simple is better than complex. "
        "Complex is better than complicated. Flat is better than nested.")

for width in (10, 20, 33, 50, 70, 200):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 40))
print(textwrap.fill(text, width=30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(""), textwrap.wrap("   "), textwrap.wrap("one"))

hyph = ("A well-known, state-of-the-art self-contained long-winded e-mail about "
        "non-trivial look-ups -- and em--dashes--between words, x-ray, a-b, co-op.")
for width in (8, 12, 15, 20, 25):
    print(width, textwrap.wrap(hyph, width))
print(textwrap.wrap(hyph, 15, break_on_hyphens=False))

long_words = "short supercalifragilisticexpialidocious tiny antidisestablishmentarianism"
print(textwrap.wrap(long_words, 10))
print(textwrap.wrap(long_words, 10, break_long_words=False))
print(textwrap.wrap("pre-supercalifragilistic-expialidocious", 12))

ws = "  leading\tand\ttabs\nnewlines   and   runs  "
print(textwrap.wrap(ws, 12))
print(textwrap.wrap(ws, 12, drop_whitespace=False))
print(textwrap.wrap(ws, 12, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap("a\tb\tc", 40, tabsize=4))
print(textwrap.fill("Hello there. How are you? Fine! Ok.", 80, fix_sentence_endings=True))

print(textwrap.wrap(text, 30, max_lines=2))
print(textwrap.wrap(text, 30, max_lines=3, placeholder="..."))
print(textwrap.wrap("short words only", 30, max_lines=1))

print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(textwrap.shorten(text, 50))
print(textwrap.shorten("   lots   of\n\nspace   here  ", 100))

w = textwrap.TextWrapper(width=25, initial_indent="> ", subsequent_indent=">> ")
print(w.wrap(text))
w.width = 60
print(w.fill(text))
for bad in (0, -1):
    try:
        textwrap.wrap("abc", bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    textwrap.wrap("abc def", 4, max_lines=1, placeholder=" [......]")
except ValueError as e:
    print("ValueError:", e)
