# Reading INI text, typed getters, DEFAULT, fallbacks, mapping access, write.
import configparser
import io

text = """
# a comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg

[topsecret.server.example]
Port = 50022
ForwardX11 = no
ratio: 0.75
multi = first line
    second line

    after blank
; another comment
empty =
"""

config = configparser.ConfigParser()
config.read_string(text)
print(config.sections())
print(config.defaults())
print(config.options('forge.example'))
print(config.has_section('forge.example'), config.has_section('DEFAULT'),
      config.has_section('nope'))
print(config.has_option('forge.example', 'user'),
      config.has_option('forge.example', 'Compression'),
      config.has_option('nope', 'x'), config.has_option('', 'compression'))
print(config.get('forge.example', 'User'))
print(config.getint('topsecret.server.example', 'port'))
print(config.getfloat('topsecret.server.example', 'ratio'))
print(config.getboolean('topsecret.server.example', 'forwardx11'),
      config.getboolean('forge.example', 'forwardx11'))
print(repr(config.get('topsecret.server.example', 'multi')))
print(repr(config.get('topsecret.server.example', 'empty')))
print(config.get('forge.example', 'missing', fallback='fb'))
print(config.getint('forge.example', 'missing', fallback=7))
print(config.get('missing', 'x', fallback=None))
print(config.items('forge.example'))
print(list(config))
print(config['forge.example']['user'], config['DEFAULT']['compression'])
top = config['topsecret.server.example']
print(top.name, repr(top), len(top), sorted(top))
print(top.getint('port'), top.getboolean('compression'), top.get('nope'),
      top.get('nope', 'dflt'), top.getfloat('ratio'))
print('port' in top, 'nope' in top, 'forge.example' in config, 'x' in config)
print(dict(config['forge.example']))
for section in config:
    print(section, list(config[section].keys()))

for v in ('1', 'yes', 'true', 'on', 'YES', '0', 'no', 'false', 'off'):
    config.set('forge.example', 'flag', v)
    print(v, config.getboolean('forge.example', 'flag'))

config.add_section('new')
config.set('new', 'Key', 'value')
config['new']['other'] = '2'
config['added'] = {'a': '1', 'B': 2}
print(config.sections(), config.items('added'))
print(config.remove_option('new', 'key'), config.remove_option('new', 'key'))
print(config.remove_section('added'), config.remove_section('added'))
del config['new']['other']
del config['new']
print(config.sections())

out = io.StringIO()
config.write(out)
print(out.getvalue())
out = io.StringIO()
config.write(out, space_around_delimiters=False)
print(out.getvalue())

raw = configparser.RawConfigParser()
raw.read_dict({'s': {'path': '%(home)s/x', 'n': 5}})
print(raw.get('s', 'path'), raw.getint('s', 'n'))
case = configparser.ConfigParser()
case.optionxform = str
case.read_string('[S]\nCamelKey = 1\n')
print(case.options('S'))
nv = configparser.ConfigParser(allow_no_value=True)
nv.read_string('[mysqld]\nskip-bdb\nport = 3306\n')
print(nv.items('mysqld'))
print(nv.get('mysqld', 'skip-bdb'))
d = configparser.ConfigParser(defaults={'a': 1}, delimiters=('=',),
                              comment_prefixes=('#',),
                              inline_comment_prefixes=(';',))
d.read_string('[s]\nx = 1 ; inline\ny : z = 2\n')
print(d.items('s'))
