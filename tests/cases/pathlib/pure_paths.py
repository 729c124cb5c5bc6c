from pathlib import Path, PurePath, PurePosixPath, PosixPath

p = Path('/usr/local/lib/python3.11/site.tar.gz')
print(p, repr(p), type(p).__name__, p.name, p.stem, p.suffix, p.suffixes)
print(p.parent, p.parent.parent, list(p.parents)[:3], p.parts, p.anchor, p.root, repr(p.drive))
print(Path('a') / 'b' / 'c.txt', 'x' / Path('y'), Path('a', 'b/c', '/abs', 'd'))
print(Path(), Path('.'), Path(''), Path('a//b/./c/'), Path('a/../b'), Path('//srv'), Path('///x'))
print(Path('a/b.txt').with_name('c.py'), Path('a/b.txt').with_suffix('.md'), Path('a/b.txt').with_suffix(''),
      Path('a/b.txt').with_stem('z'), Path('.bashrc').suffix, Path('.bashrc').stem, Path('x.').suffix)
print(Path('/a/b/c').relative_to('/a'), Path('/a/b').is_relative_to('/a'), Path('rel').is_absolute())
print(Path('a/b.py').match('*.py'), Path('/a/b.py').match('/*.py'), Path('a/b/c.py').match('b/*.py'))
print(Path('a') == Path('a/'), Path('a') == PurePath('a'), Path('a') < Path('b'), sorted([Path('b'), Path('a/z'), Path('a')]))
print(hash(Path('q')) == hash(Path('q')), {Path('x'): 1}[Path('x')], str(Path('a/b').as_posix()), Path('/x').as_uri())
print(PurePath('a'), repr(PurePath('a')), repr(PurePosixPath('/b')), isinstance(Path('x'), PurePath))
print(Path('/').name, Path('/').parent, Path('/').parts, Path('a').parent, Path('.').parent)
for bad in [lambda: Path('a').with_suffix('txt'), lambda: Path('/').with_name('x'),
            lambda: Path('/a').relative_to('/b'), lambda: Path(3), lambda: Path('a') / 3,
            lambda: Path('a').with_name('')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
import os
print(os.fspath(Path('a/b')), os.path.join(Path('a'), 'b'), os.path.basename(Path('/q/w.e')))
print(isinstance(Path('a'), os.PathLike), isinstance('a', os.PathLike))
