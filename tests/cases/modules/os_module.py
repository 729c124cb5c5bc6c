import os
import os.path
from os import path

print(os.sep, repr(os.linesep), os.name, path is os.path, type(os.getpid()).__name__)
print(os.getcwd() == os.path.abspath("."), os.cpu_count() > 0, "PATH" in os.environ)
print(os.getenv("GILPY_SURELY_UNSET"), os.getenv("GILPY_SURELY_UNSET", "default"))
print(os.path.join("a", "b", "c.txt"), os.path.join("/usr", "/etc", "x"), os.path.join("a/", "b"), os.path.join("", "b"))
print(os.path.basename("/tmp/dir/file.tar.gz"), os.path.dirname("/tmp/dir/file.tar.gz"), os.path.dirname("file"))
print(os.path.split("/a/b/c"), os.path.split("c"), os.path.split("/"), os.path.split("a//b"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("a/b.c/d"), os.path.splitext("x."))
print(os.path.normpath("/a/./b/../c//d/"), os.path.normpath("../x/.."), os.path.normpath(""), os.path.isabs("/x"))
print(os.path.exists("modules/os_module.py"), os.path.isfile("modules/os_module.py"), os.path.isdir("modules/os_module.py"))
print(os.path.exists("no_such_file.txt"), os.path.isdir("."), os.path.getsize("modules/os_module.py") > 100)
print("os_module.py" in os.listdir("modules"), os.path.abspath("/a/b/../c"))
try:
    os.listdir("no_such_dir")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
os.listdir("missing_dir")
