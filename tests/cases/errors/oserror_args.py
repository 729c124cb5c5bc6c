import errno
for args in [(), ("msg",), (2, "No such file"), (2, "No such file", "x.txt"), (13, "denied", "f", None, "g"),
             (1, 2, 3, 4, 5, 6), (99, "weird"), ("2", "str errno"), (17, "exists"), (3, "srch"), (110, "timeout")]:
    e = OSError(*args)
    print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2, "|", e, "|", repr(e))
e = FileNotFoundError(errno.ENOENT, "No such file", "x.txt")
print(e.errno, e.strerror, e.filename, str(e), repr(e))
print(PermissionError(2, "x").__class__.__name__, IOError(2, "y").__class__.__name__, EnvironmentError is OSError)


class MyOSError(OSError):
    pass


m = MyOSError(2, "custom", "p")
print(type(m).__name__, m.errno, m, m.args)
try:
    open("/nonexistent/dir/file.txt")
except OSError as ex:
    print(type(ex).__name__, ex.errno, ex.filename, ex, ex.args)
try:
    raise OSError(errno.EACCES, "Permission denied", "/root/x")
except PermissionError as ex:
    print("caught PermissionError:", ex)
e2 = OSError(2, "x")
e2.filename = "late.txt"
print(e2)
