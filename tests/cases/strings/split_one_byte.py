# str.split/rsplit with a one-byte separator and every maxsplit, ASCII and not.
for s in ["", ",", "a,b,,c,", ",a", "héllo,wörld,ü", "abc"]:
    for m in (-1, 0, 1, 2, 10):
        print(repr(s), m, s.split(",", m), s.split(",", maxsplit=m), s.rsplit(",", m))
print("a\nb\n".split("\n"), "x y  z".split(" "), "1.2.3".split(".", 1))
