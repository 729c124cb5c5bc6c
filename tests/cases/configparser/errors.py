# configparser's exceptions and their messages; read() of files.
import configparser
import os
import tempfile


def attempt(f, *args, **kwargs):
    try:
        result = f(*args, **kwargs)
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
        print('  args:', e.args)
    else:
        print('ok', result)


cp = configparser.ConfigParser()
cp.read_string('[a]\nx = 1\n')
attempt(cp.get, 'nope', 'x')
attempt(cp.get, 'a', 'y')
attempt(cp.getint, 'a', 'y')
attempt(cp.options, 'nope')
attempt(cp.items, 'nope')
attempt(cp.set, 'nope', 'k', 'v')
attempt(cp.remove_option, 'nope', 'k')
attempt(cp.add_section, 'a')
attempt(cp.add_section, 'DEFAULT')
attempt(cp.add_section, 5)
attempt(cp.read_string, 'x = 1\n[s]\n')
attempt(cp.read_string, '[b]\n[b]\n')
attempt(cp.read_string, '[c]\nk = 1\nk = 2\n', source='cfg.ini')
attempt(cp.read_string, '[d]\nno delimiter here\n=value\nalso bad\n')
cp.read_string('[e]\nn = abc\nb = maybe\n')
attempt(cp.getint, 'e', 'n')
attempt(cp.getfloat, 'e', 'n')
attempt(cp.getboolean, 'e', 'b')
attempt(cp.__getitem__, 'nope')
attempt(cp['a'].__getitem__, 'nope')
attempt(cp.__delitem__, 'DEFAULT')
attempt(cp.read_dict, {'f': {'k': 1, 'K': 2}})
attempt(cp.popitem)
print(cp.sections())
print(issubclass(configparser.MissingSectionHeaderError,
                 configparser.ParsingError),
      issubclass(configparser.NoSectionError, configparser.Error),
      issubclass(configparser.Error, Exception))
e = configparser.NoOptionError('opt', 'sec')
print(repr(e), e.option, e.section)
e = configparser.DuplicateSectionError('s')
print(e)
e = configparser.DuplicateOptionError('s', 'o', 'src', 3)
print(e)
p = configparser.ParsingError('src')
p.append(3, 'line')
print(p, p.errors)

lax = configparser.ConfigParser(strict=False)
lax.read_string('[s]\nk = 1\nk = 2\n[s]\nj = 3\n')
print(lax.items('s'))

folder = tempfile.mkdtemp()
path = os.path.join(folder, 'app.ini')
with open(path, 'w') as f:
    f.write('[server]\nhost = localhost\nport = 8080\n')
cfg = configparser.ConfigParser()
found = cfg.read([path, os.path.join(folder, 'missing.ini')])
print([os.path.basename(p) for p in found])
print(cfg['server']['host'], cfg.getint('server', 'port'))
cfg['server']['port'] = '9090'
with open(path, 'w') as f:
    cfg.write(f)
with open(path) as f:
    print(f.read())
with open(path) as f:
    again = configparser.ConfigParser()
    again.read_file(f)
print(again.get('server', 'port'))
with open(path, 'w') as f:
    f.write('host = nohead\n')
try:
    configparser.ConfigParser().read(path)
except configparser.MissingSectionHeaderError as e:
    print(str(e).replace(folder, '<dir>'))
    print(e.lineno, repr(e.line))
os.remove(path)
os.rmdir(folder)
