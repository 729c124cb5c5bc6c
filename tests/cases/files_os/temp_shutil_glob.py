import fnmatch
import glob
import os
import shutil
import tempfile

print(tempfile.gettempdir() == '/tmp' or os.path.isdir(tempfile.gettempdir()))
with tempfile.TemporaryDirectory(suffix='_end', prefix='pre_') as tmp:
    name = os.path.basename(tmp)
    print(os.path.isdir(tmp), name.startswith('pre_'), name.endswith('_end'), len(name) == 4 + 8 + 4)
    with tempfile.NamedTemporaryFile('w', suffix='.txt', dir=tmp, delete=False) as f:
        f.write('kept')
        kept = f.name
    print(os.path.dirname(kept) == tmp, kept.endswith('.txt'), open(kept).read())
    with tempfile.NamedTemporaryFile(dir=tmp) as f:
        f.write(b'bytes')
        f.seek(0)
        print(f.read(), os.path.exists(f.name))
        gone = f.name
    print(os.path.exists(gone))
    t = tempfile.TemporaryFile(mode='w+', dir=tmp)
    t.write('anon')
    t.seek(0)
    print(t.read(), sorted(os.listdir(tmp)) == [os.path.basename(kept)])
    t.close()
    d = tempfile.mkdtemp(dir=tmp)
    print(os.path.isdir(d), os.path.dirname(d) == tmp)

    src = os.path.join(tmp, 'src')
    os.makedirs(os.path.join(src, 'pkg', 'sub'))
    for rel in ['a.py', 'b.txt', '.hidden.py', 'pkg/c.py', 'pkg/sub/d.py', 'pkg/sub/e.log']:
        with open(os.path.join(src, rel), 'w') as fh:
            fh.write(rel)
    os.chmod(os.path.join(src, 'a.py'), 0o750)
    print(sorted(glob.glob(os.path.join(src, '*.py'))) == [os.path.join(src, 'a.py')])
    print(sorted(os.path.relpath(p, src) for p in glob.glob(os.path.join(src, '**', '*.py'), recursive=True)))
    print(sorted(glob.glob('**/*.py', root_dir=src, recursive=True)))
    print(sorted(glob.glob('*', root_dir=src)), sorted(glob.glob('.*', root_dir=src)))
    print(sorted(glob.glob('pkg/*/?.*', root_dir=src)), glob.glob('nothing*', root_dir=src),
          glob.glob('pkg', root_dir=src), sorted(glob.glob('p[a-k]g/[!d]*', root_dir=src)))
    print(sorted(glob.glob('**', root_dir=src, recursive=True)))
    print(glob.has_magic('a*'), glob.has_magic('abc'), glob.escape('a[b]*?.txt'))

    dst = shutil.copy(os.path.join(src, 'a.py'), os.path.join(tmp, 'copied.py'))
    print(os.path.basename(dst), open(dst).read(), oct(os.stat(dst).st_mode & 0o777))
    print(os.path.relpath(shutil.copy(os.path.join(src, 'b.txt'), d), tmp) == os.path.join(os.path.basename(d), 'b.txt'))
    shutil.copyfile(os.path.join(src, 'b.txt'), os.path.join(tmp, 'plain.txt'))
    try:
        shutil.copyfile(dst, dst)
    except shutil.SameFileError as e:
        print('SameFileError', isinstance(e, OSError))
    tree = shutil.copytree(src, os.path.join(tmp, 'tree'), ignore=shutil.ignore_patterns('*.log', '.*'))
    print(sorted(os.path.relpath(os.path.join(dp, f), tree) for dp, _, fs in os.walk(tree) for f in fs))
    try:
        shutil.copytree(src, tree)
    except FileExistsError as e:
        print('FileExistsError', e.errno)
    moved = shutil.move(os.path.join(tmp, 'plain.txt'), d)
    print(os.path.relpath(moved, tmp) == os.path.join(os.path.basename(d), 'plain.txt'))
    print(os.path.basename(shutil.move(tree, os.path.join(tmp, 'tree2'))), os.path.exists(tree))
    shutil.rmtree(os.path.join(tmp, 'tree2'))
    print(os.path.exists(os.path.join(tmp, 'tree2')))
    try:
        shutil.rmtree(os.path.join(tmp, 'absent'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    shutil.rmtree(os.path.join(tmp, 'absent'), ignore_errors=True)
    errors = []
    shutil.rmtree(os.path.join(tmp, 'absent'), onerror=lambda f, p, e: errors.append((f.__name__, e[0].__name__)))
    print(errors)
    print(shutil.which('sh') is not None, shutil.which('definitely-not-a-program-xyz'))
print(os.path.exists(tmp))
print(fnmatch.fnmatch('file.PY', '*.py'), fnmatch.fnmatchcase('a.py', '*.py'), fnmatch.filter(['a.py', 'b.c', 'c.py'], '*.py'))
print(fnmatch.fnmatch('x[1]', 'x[[]1]'), fnmatch.fnmatch('ab', 'a[!b]'), fnmatch.fnmatch('a-', 'a[!b]'), fnmatch.translate('*.py'))
