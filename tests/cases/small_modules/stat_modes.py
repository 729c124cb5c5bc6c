import stat

print(sorted(n for n in dir(stat) if not n.startswith('_')))
for mode in [0o100644, 0o40755, 0o120777, 0o104755, 0o1777 | 0o40000, 0o20666, 0, 0o60660, 0o10600, 0o140755,
             0o102644, 0o106754, 0o101000, 0o100001, 0o7777 | 0o100000]:
    print(oct(mode), stat.filemode(mode), stat.S_IMODE(mode), stat.S_IFMT(mode), [f(mode) for f in (
        stat.S_ISDIR, stat.S_ISREG, stat.S_ISLNK, stat.S_ISCHR, stat.S_ISBLK, stat.S_ISFIFO, stat.S_ISSOCK, stat.S_ISDOOR)])
print(stat.S_IRUSR | stat.S_IWUSR, stat.S_IRWXU, stat.ST_SIZE, stat.ST_MTIME, stat.UF_HIDDEN, stat.S_ENFMT, stat.FILE_ATTRIBUTE_DIRECTORY)
