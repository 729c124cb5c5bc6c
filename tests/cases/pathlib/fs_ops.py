import os
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory(prefix='gilpy_pathlib_') as tmp:
    base = Path(tmp)
    print(base.exists(), base.is_dir(), base.is_file(), base.name.startswith('gilpy_pathlib_'))
    (base / 'sub' / 'deep').mkdir(parents=True)
    (base / 'sub').mkdir(exist_ok=True)
    try:
        (base / 'sub').mkdir()
    except FileExistsError as e:
        print('FileExistsError', e.errno)
    try:
        (base / 'missing' / 'x').mkdir()
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    f = base / 'sub' / 'notes.txt'
    print(f.write_text('hello\nworld\n'), f.read_text().splitlines(), f.stat().st_size)
    print((base / 'data.bin').write_bytes(b'\x00\x01'), (base / 'data.bin').read_bytes())
    (base / 'sub' / 'deep' / 'a.py').write_text('x = 1\n')
    (base / 'sub' / 'b.py').touch()
    print(sorted(p.name for p in base.iterdir()))
    print(sorted(str(p.relative_to(base)) for p in base.glob('*')))
    print(sorted(str(p.relative_to(base)) for p in base.glob('**/*.py')))
    print(sorted(str(p.relative_to(base)) for p in base.rglob('*.txt')))
    print(sorted(str(p.relative_to(base)) for p in (base / 'sub').glob('*.py')))
    with f.open() as fh:
        print(fh.readline().strip())
    moved = f.rename(base / 'moved.txt')
    print(moved.name, moved.exists(), f.exists())
    print(base.resolve() == Path(os.path.realpath(tmp)), Path('x').absolute() == Path.cwd() / 'x')
    moved.unlink()
    moved.unlink(missing_ok=True)
    try:
        moved.unlink()
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, e.strerror)
    try:
        (base / 'nope.txt').read_text()
    except FileNotFoundError as e:
        print('FileNotFoundError', e.strerror)
    try:
        (base / 'sub').rmdir()
    except OSError as e:
        print(type(e).__name__, e.errno)
    (base / 'empty').mkdir()
    (base / 'empty').rmdir()
    print((base / 'empty').exists())
print(os.path.exists(tmp))
