# shutil: copies keep modes and times, tree copies and their errors, moves, rmtree's errors, which.
import io
import os
import shutil
import stat
import tempfile


def show(label, f):
    try:
        result = f()
    except Exception as e:
        text = str(e).replace(tmp, "TMP")
        print(label, "->", type(e).__name__, text)
    else:
        print(label, "->", result.replace(tmp, "TMP") if isinstance(result, str) else result)


src = io.BytesIO(b"0123456789" * 10)
dst = io.BytesIO()
shutil.copyfileobj(src, dst, 7)
print(len(dst.getvalue()), dst.getvalue()[:12])
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))

with tempfile.TemporaryDirectory() as tmp:
    tmp = os.path.realpath(tmp)
    a = os.path.join(tmp, "a.txt")
    with open(a, "w") as f:
        f.write("alpha\n")
    os.chmod(a, 0o640)
    os.utime(a, (1_000_000_000, 1_000_000_000))
    sub = os.path.join(tmp, "sub")
    os.mkdir(sub)

    show("copyfile", lambda: shutil.copyfile(a, os.path.join(tmp, "b.txt")))
    print(oct(stat.S_IMODE(os.stat(os.path.join(tmp, "b.txt")).st_mode)) != "0o640" or "same")
    show("copy", lambda: shutil.copy(a, sub))
    print(oct(stat.S_IMODE(os.stat(os.path.join(sub, "a.txt")).st_mode)))
    show("copy2", lambda: shutil.copy2(a, os.path.join(tmp, "c.txt")))
    print(os.stat(os.path.join(tmp, "c.txt")).st_mtime, oct(stat.S_IMODE(os.stat(os.path.join(tmp, "c.txt")).st_mode)))
    shutil.copystat(a, os.path.join(tmp, "b.txt"))
    print(os.stat(os.path.join(tmp, "b.txt")).st_mtime)
    show("copyfile missing", lambda: shutil.copyfile(os.path.join(tmp, "nope"), os.path.join(tmp, "x")))
    show("copyfile to dir", lambda: shutil.copyfile(a, sub))
    show("same file", lambda: shutil.copy(a, tmp))
    show("copymode missing", lambda: shutil.copymode(os.path.join(tmp, "nope"), a))

    tree = os.path.join(tmp, "tree")
    os.makedirs(os.path.join(tree, "deep", "er"))
    for name in ("one.py", "two.log", os.path.join("deep", "three.py"), os.path.join("deep", "er", "four.txt")):
        with open(os.path.join(tree, name), "w") as f:
            f.write(name)
    seen = []

    def recording_copy(s, d):
        seen.append(os.path.relpath(s, tree))
        return shutil.copy2(s, d)

    out = shutil.copytree(tree, os.path.join(tmp, "copy"), ignore=shutil.ignore_patterns("*.log"),
                          copy_function=recording_copy)
    print(out.replace(tmp, "TMP"), sorted(seen))
    listing = sorted(os.path.relpath(os.path.join(d, n), out) for d, _, ns in os.walk(out) for n in ns)
    print(listing)
    show("copytree exists", lambda: shutil.copytree(tree, out))
    print(shutil.copytree(tree, out, dirs_exist_ok=True) == out)
    print(sorted(shutil.ignore_patterns("*.py", "t*")(tree, ["a.py", "two", "b.txt"])))

    def failing_copy(s, d):
        raise OSError("refused " + os.path.basename(s))

    try:
        shutil.copytree(os.path.join(tree, "deep"), os.path.join(tmp, "failed"), copy_function=failing_copy)
    except shutil.Error as e:
        print("Error", sorted((os.path.basename(s), os.path.basename(d), why) for s, d, why in e.args[0]))

    show("move file", lambda: shutil.move(os.path.join(tmp, "b.txt"), os.path.join(tmp, "moved.txt")))
    show("move into dir", lambda: shutil.move(os.path.join(tmp, "moved.txt"), sub))
    with open(os.path.join(tmp, "a2.txt"), "w") as f:
        f.write("x")
    shutil.copy(os.path.join(tmp, "a2.txt"), os.path.join(sub, "a2.txt"))
    show("move clash", lambda: shutil.move(os.path.join(tmp, "a2.txt"), sub))
    show("move dir", lambda: shutil.move(os.path.join(tmp, "copy"), os.path.join(tmp, "copy2")))
    print(sorted(os.listdir(tmp)))

    show("rmtree file", lambda: shutil.rmtree(a))
    os.symlink(sub, os.path.join(tmp, "link"))
    show("rmtree link", lambda: shutil.rmtree(os.path.join(tmp, "link")))
    calls = []
    shutil.rmtree(os.path.join(tmp, "missing"), onerror=lambda fn, p, info: calls.append((fn.__name__, p.replace(tmp, "TMP"), info[0].__name__)))
    print(calls)
    shutil.rmtree(os.path.join(tmp, "copy2"))
    print(os.path.exists(os.path.join(tmp, "copy2")))

    bindir = os.path.join(tmp, "bin")
    os.mkdir(bindir)
    tool = os.path.join(bindir, "tool")
    with open(tool, "w") as f:
        f.write("#!/bin/sh\n")
    print(shutil.which("tool", path=bindir))
    os.chmod(tool, 0o755)
    show("which", lambda: shutil.which("tool", path=bindir))
    show("which pathsep", lambda: shutil.which("tool", path=os.pathsep.join([sub, bindir])))
    show("which full", lambda: shutil.which(tool))
    show("which dir", lambda: shutil.which("sub", path=tmp))
    show("which mode", lambda: shutil.which("tool", mode=os.W_OK, path=bindir))
    print(shutil.which("tool", path=""))

os.environ["COLUMNS"] = "120"
os.environ["LINES"] = "30"
size = shutil.get_terminal_size((33, 7))
print(tuple(size), size.columns, size.lines)
