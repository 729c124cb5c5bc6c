# Section proxies, custom converters, boolean states, parser options
# (default_section, empty_lines_in_values, allow_no_value writing, dict_type)
# and the parser as a mapping.
import configparser
import io

cp = configparser.ConfigParser(
    converters={'list': lambda v: [x.strip() for x in v.split(',')]})
cp.read_string("""
[DEFAULT]
level = 3
[app]
names = a, b ,c
size = 10
on = Yes
""", source='<app>')
print(cp.getlist('app', 'names'))
print(cp['app'].getlist('names'), cp['app'].getlist('nope', ['x']))
print(cp['app'].getlist('nope', fallback=None))
print(sorted(cp.converters), 'list' in cp.converters, len(cp.converters))
print(cp.converters['int'], cp.converters['list'] is not None)
cp.converters['upper'] = str.upper
print(cp.getupper('app', 'on'), cp['app'].getupper('names'))
del cp.converters['upper']
print(hasattr(cp, 'getupper'), hasattr(cp['app'], 'getupper'))
try:
    cp.converters['']  = str
except ValueError as e:
    print('ValueError:', e)
try:
    del cp.converters['nothere']
except KeyError as e:
    print('KeyError:', e)
print(repr(cp.converters)[:30].split(' ')[0])

section = cp['app']
print(section.parser is cp, section.name)
print(section.get('level'), section.getint('level'), section.get('size', raw=True))
print(section.get('missing', fallback='fb'), section.getint('missing', 4))
print(section.getboolean('on'), section.getfloat('size'))
print(len(section), list(section), sorted(section.items()))
section['new'] = 'v'
print(cp.get('app', 'new'), 'new' in section)
try:
    section['bad'] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    del section['nope']
except KeyError as e:
    print('KeyError:', e)
try:
    section['nope']
except KeyError as e:
    print('KeyError:', e)
section.clear()
print(list(section), cp.items('app'))
print(len(cp), list(cp.keys()), [type(v).__name__ for v in cp.values()])
print([(k, v.name) for k, v in cp.items()])
cp.update({'more': {'x': '1'}})
print(cp.sections(), repr(cp['DEFAULT']), cp.default_section)
cp['more'] = {'y': '2'}
print(cp.items('more'))
cp['DEFAULT'] = {'fresh': 'yes'}
print(cp.defaults())
cp.remove_section('more')
proxy = cp['app']
cp.remove_section('app')
print(proxy.get('x'))
try:
    proxy['x']
except KeyError as e:
    print(type(e).__name__, e)
try:
    proxy.getint('x', raw=True)
except KeyError as e:
    print(type(e).__name__, e)

bools = configparser.ConfigParser()
bools.BOOLEAN_STATES = {'sure': True, 'nah': False}
bools.read_string('[s]\na = sure\nb = NAH\nc = yes\n')
print(bools.getboolean('s', 'a'), bools.getboolean('s', 'b'))
try:
    bools.getboolean('s', 'c')
except ValueError as e:
    print('ValueError:', e)
print(sorted(configparser.ConfigParser.BOOLEAN_STATES.items()))

ds = configparser.ConfigParser(default_section='common')
ds.read_string('[common]\nx = 1\n[DEFAULT]\ny = 2\n')
print(ds.sections(), ds.defaults(), ds.items('DEFAULT'))

el = configparser.ConfigParser(empty_lines_in_values=False)
el.read_string('[s]\nk = one\n  two\n\nj = 3\n')
print(el.items('s'))
try:
    el.read_string('[t]\nk = one\n\n  three\n')
except configparser.ParsingError as e:
    print(e)
el2 = configparser.ConfigParser()
el2.read_string('[s]\nk = one\n  two\n\n  three\n\n\n[t]\n')
print(repr(el2.get('s', 'k')))

nv = configparser.ConfigParser(allow_no_value=True)
nv.read_string('[flags]\nverbose\ndebug = \nlevel = 2\n  more\n')
out = io.StringIO()
nv.write(out)
print(out.getvalue())
nv.set('flags', 'quiet')
print(nv.items('flags'))

class Upper(configparser.ConfigParser):
    def optionxform(self, optionstr):
        return optionstr.upper()

up = Upper()
up.read_dict({'S': {'key': 'v', 'Other': 1}})
print(up.options('S'), up.get('S', 'KEY'), up.get('S', 'key'))
print(up.has_option('S', 'other'))

cust = configparser.ConfigParser(delimiters=(':=',), comment_prefixes=('//',),
                                 inline_comment_prefixes=('#',), strict=False)
cust.read_string('[s]\na := 1 # note\n// comment\nb := x#y\n')
print(cust.items('s'))
out = io.StringIO()
cust.write(out)
print(out.getvalue())

multi = configparser.ConfigParser()
try:
    multi.read_string('[s]\n  bad\nno delim one\nno delim two\n', source='many.ini')
except configparser.ParsingError as e:
    print(e)
    print(e.source, e.errors)

from collections import OrderedDict
od = configparser.ConfigParser(dict_type=OrderedDict)
od.read_string('[b]\nz = 1\na = 2\n[a]\n')
print(od.sections(), od.options('b'), type(od.defaults()).__name__)
vars_cp = configparser.ConfigParser()
vars_cp.read_string('[s]\na = %(b)s!\n')
print(vars_cp.get('s', 'a', vars={'b': 'from vars'}))
print(vars_cp.items('s', vars={'b': 'V'}))
try:
    vars_cp.get('s', 'a')
except configparser.InterpolationMissingOptionError as e:
    print(e.section, e.option, e.reference, e.args)

depth = configparser.ConfigParser()
depth.read_string('[s]\na = %(b)s\nb = %(a)s\n')
try:
    depth.get('s', 'a')
except configparser.InterpolationDepthError as e:
    print(e)
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string('[s]\na = ${b}\nb = ${a}\nc = $x\nd = ${a:b:c}\n')
for opt in 'acd':
    try:
        ext.get('s', opt)
    except configparser.InterpolationError as e:
        print(type(e).__name__, '|', e)
try:
    ext.set('s', 'e', 'cost $5')
except ValueError as e:
    print('ValueError:', e)
ext.set('s', 'e', 'cost $$5')
print(ext.get('s', 'e'))
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)
print(sorted(n for n in configparser.__all__))

inline = configparser.ConfigParser(inline_comment_prefixes=(';', '#'))
inline.read_string('[s]\nk = a;b ;c #d\nj = x #y ;z\nh = ;all comment\n')
print(inline.items('s'))
