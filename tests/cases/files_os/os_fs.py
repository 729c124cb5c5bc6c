import os
import os.path
import tempfile

tmp = tempfile.mkdtemp(prefix='gilpy_os_')
try:
    os.makedirs(os.path.join(tmp, 'a', 'b', 'c'))
    os.makedirs(os.path.join(tmp, 'a', 'b'), exist_ok=True)
    try:
        os.makedirs(os.path.join(tmp, 'a'))
    except FileExistsError as e:
        print('FileExistsError', e.errno, e.strerror, e.filename == os.path.join(tmp, 'a'))
    os.mkdir(os.path.join(tmp, 'x'))
    for name, text in [('a/one.txt', 'one'), ('a/b/two.py', 'two!'), ('top.md', '')]:
        with open(os.path.join(tmp, name), 'w') as f:
            f.write(text)
    print(sorted(os.listdir(tmp)), os.path.getsize(os.path.join(tmp, 'a', 'b', 'two.py')))
    for dirpath, dirnames, filenames in sorted(os.walk(tmp)):
        print(os.path.relpath(dirpath, tmp), sorted(dirnames), sorted(filenames))
    walked = [os.path.relpath(d, tmp) for d, _, _ in os.walk(tmp, topdown=False)]
    print(walked.index('a/b/c') < walked.index('a/b') < walked.index('a') < walked.index('.'))
    for dirpath, dirnames, filenames in os.walk(tmp):
        dirnames[:] = [d for d in dirnames if d != 'a']
        print('pruned', os.path.relpath(dirpath, tmp), sorted(dirnames))
    with os.scandir(tmp) as it:
        entries = sorted(it, key=lambda e: e.name)
    print([(e.name, e.is_dir(), e.is_file()) for e in entries], repr(entries[0]))
    src = os.path.join(tmp, 'top.md')
    os.rename(src, os.path.join(tmp, 'renamed.md'))
    os.replace(os.path.join(tmp, 'renamed.md'), os.path.join(tmp, 'x', 'final.md'))
    print(os.path.exists(src), os.path.isfile(os.path.join(tmp, 'x', 'final.md')))
    st = os.stat(os.path.join(tmp, 'a', 'one.txt'))
    print(st.st_size, st.st_mode & 0o170000 == 0o100000, len(st), st[6], type(st.st_mtime).__name__,
          os.path.getmtime(os.path.join(tmp, 'a', 'one.txt')) == st.st_mtime)
    os.symlink(os.path.join(tmp, 'a'), os.path.join(tmp, 'link'))
    print(os.path.islink(os.path.join(tmp, 'link')), os.path.islink(os.path.join(tmp, 'a')),
          os.readlink(os.path.join(tmp, 'link')) == os.path.join(tmp, 'a'),
          os.path.realpath(os.path.join(tmp, 'link')) == os.path.realpath(os.path.join(tmp, 'a')))
    os.remove(os.path.join(tmp, 'link'))
    old = os.getcwd()
    os.chdir(tmp)
    print(os.path.abspath('q') == os.path.join(os.path.realpath(tmp), 'q') or
          os.path.abspath('q') == os.path.join(tmp, 'q'), os.path.isdir('a'))
    os.chdir(old)
    for call in [lambda: os.rmdir(os.path.join(tmp, 'a')), lambda: os.remove(os.path.join(tmp, 'nope')),
                 lambda: os.mkdir(tmp), lambda: os.listdir(os.path.join(tmp, 'nope')),
                 lambda: os.rename(os.path.join(tmp, 'nope'), os.path.join(tmp, 'n2')),
                 lambda: os.stat(os.path.join(tmp, 'nope')), lambda: os.chdir(os.path.join(tmp, 'nope'))]:
        try:
            call()
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror)
    for call in [lambda: os.listdir(3.5), lambda: os.path.join('a', 3), lambda: os.fspath(3)]:
        try:
            call()
        except TypeError as e:
            print('TypeError', e)
    os.removedirs(os.path.join(tmp, 'a', 'b', 'c'))
    print(os.path.isdir(os.path.join(tmp, 'a', 'b')))
finally:
    import shutil
    shutil.rmtree(tmp)
print(os.path.exists(tmp))
print(os.path.commonprefix(['interstellar', 'internet', 'interval']), os.path.commonpath(['/usr/lib', '/usr/local/lib']),
      os.path.relpath('/a/b', '/a/b'), os.path.relpath('x/y', 'x/z/w'), os.path.expandvars('$NOPE_NOT_SET/${ALSO_NOT}'))
try:
    os.path.commonpath(['/a', 'b'])
except ValueError as e:
    print('ValueError', e)
os.environ['GILPY_TEST_VAR'] = 'val'
print(os.path.expandvars('$GILPY_TEST_VAR and ${GILPY_TEST_VAR}'), len(os.urandom(5)), os.devnull, os.pathsep)
