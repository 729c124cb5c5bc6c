# gzip text and binary streams: readlines(hint), iteration, with, and use after close.
import gzip
import io
import os
import tempfile


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


text = "alpha\nbeta\r\ngamma\rdelta\n\nlast"
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "t.gz")
    with gzip.open(path, "wt", encoding="utf-8") as f:
        print(isinstance(f, io.TextIOBase), f.writable(), f.readable())
        f.writelines([text, "\n"])
    for hint in (-1, 0, 1, 5, 6, 7, 12, 13, 100):
        with gzip.open(path, "rt") as f:
            print(hint, f.readlines(hint))
    with gzip.open(path, "rt", newline="\n") as f:
        print([line for line in f])
    with gzip.open(path, "rt") as f:
        print(next(f), f.readline(), list(f))
        print(next(f, "end"))
    f = gzip.open(path, "rt")
    it = iter(f)
    print(it is f, next(it))
    f.close()
    attempt("iter closed", lambda: iter(f))
    attempt("next closed", lambda: next(f))
    attempt("with closed", lambda: f.__enter__())
    attempt("readlines closed", lambda: f.readlines())
    attempt("writelines closed", lambda: f.writelines(["x"]))

    with gzip.open(path, "rb") as b:
        print(b.readlines(7))
        print(list(b))
    b = gzip.open(path, "rb")
    b.close()
    attempt("binary with closed", lambda: b.__enter__())
    attempt("binary iter closed", lambda: iter(b))
