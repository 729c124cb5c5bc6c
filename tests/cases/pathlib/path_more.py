# pathlib: ordering against other types, match forms, mkdir/touch/unlink/rename edge cases.
import os
import tempfile
from pathlib import Path, PurePosixPath


def t(label, f):
    try:
        result = f()
    except Exception as e:
        print(label, "->", type(e).__name__, str(e).replace(tmp, "TMP") if tmp else e)
    else:
        print(label, "->", str(result).replace(tmp, "TMP") if tmp and isinstance(result, Path) else result)


tmp = None
t("lt str", lambda: Path("a") < "b")
t("eq str", lambda: Path("a") == "a")
t("ge", lambda: Path("/b") >= Path("/a/z"))
t("le", lambda: Path("a/b") <= Path("a/b"))
t("gt", lambda: Path("b") > Path("a/b"))
t("pure eq", lambda: PurePosixPath("x/y") == Path("x/y"))
t("match deep", lambda: Path("/a/b/c.py").match("a/*/c.py"))
t("match abs", lambda: Path("/a/b.py").match("/a/b.py"))
t("match abs short", lambda: Path("/a/b/c.py").match("/b/c.py"))
t("match longer", lambda: Path("b.py").match("a/b.py"))
t("match empty", lambda: Path("a").match(""))
t("match case", lambda: Path("A.PY").match("*.py"))
t("with_stem", lambda: Path("d/a.tar.gz").with_stem("b"))
t("with_stem empty", lambda: Path("/").with_stem("b"))
t("with_suffix dot", lambda: Path("a.txt").with_suffix("."))
t("with_suffix slash", lambda: Path("a.txt").with_suffix("/x"))
t("with_suffix multi", lambda: Path("a.tar.gz").with_suffix(".bz2"))
t("with_name slash", lambda: Path("a.txt").with_name("b/c"))
t("with_name dot", lambda: Path("a.txt").with_name("."))
t("relative none", lambda: Path("/a").relative_to())
t("relative multi", lambda: Path("/a/b/c").relative_to("/a", "b"))
t("relative rel-abs", lambda: Path("a/b").relative_to("/a"))
t("joinpath", lambda: Path("a").joinpath("b", Path("c"), "d.txt"))
t("joinpath abs", lambda: Path("a").joinpath("/r", "s"))
t("rtruediv pathlike", lambda: os.curdir / Path("z"))
t("suffixes", lambda: (Path("a.tar.gz").suffixes, Path("..x").suffixes, Path("a.").suffixes, Path("").suffixes))
t("stems", lambda: (Path("..x").stem, Path("a.b.c").stem, Path(".").stem))
t("parents", lambda: [str(p) for p in Path("a/b/c").parents])
t("bytes", lambda: Path(b"a"))

with tempfile.TemporaryDirectory() as tmp:
    tmp = os.path.realpath(tmp)
    base = Path(tmp)
    deep = base / "x" / "y" / "z"
    t("mkdir missing parent", lambda: deep.mkdir())
    t("mkdir parents", lambda: deep.mkdir(parents=True))
    t("mkdir exists", lambda: deep.mkdir())
    t("mkdir exist_ok", lambda: deep.mkdir(exist_ok=True))
    f = deep / "f.txt"
    t("touch", lambda: f.touch())
    t("touch again", lambda: f.touch())
    t("touch exist_ok False", lambda: f.touch(exist_ok=False))
    t("mkdir over file", lambda: f.mkdir(exist_ok=True))
    t("write_text", lambda: f.write_text("héllo\n"))
    t("write_text bytes", lambda: f.write_text(b"x"))
    t("write_bytes", lambda: f.write_bytes(bytearray(b"ab")))
    t("read_bytes", lambda: f.read_bytes())
    t("rename", lambda: f.rename(deep / "g.txt"))
    g = deep / "g.txt"
    t("replace", lambda: g.replace(str(deep / "h.txt")))
    h = deep / "h.txt"
    t("exists", lambda: (f.exists(), g.exists(), h.exists(), h.is_file(), deep.is_dir(), h.is_symlink()))
    t("iterdir", lambda: sorted(p.name for p in deep.iterdir()))
    t("unlink", lambda: h.unlink())
    t("unlink missing", lambda: h.unlink())
    t("unlink missing_ok", lambda: h.unlink(missing_ok=True))
    t("rmdir nonempty", lambda: (base / "x").rmdir())
    t("samefile", lambda: deep.samefile(str(deep)))
    t("resolve strict", lambda: (base / "nope").resolve(strict=True))
    t("stat missing", lambda: (base / "nope").stat())
    t("with", lambda: base.__enter__() is base)
