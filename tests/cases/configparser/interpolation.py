# BasicInterpolation %(name)s, ExtendedInterpolation ${section:name}, raw
# access and interpolation errors.
import configparser

basic = configparser.ConfigParser()
basic.read_string("""
[DEFAULT]
home = /home/ann
[paths]
data = %(home)s/data
logs = %(data)s/logs
percent = 100%%
bad = %(nothere)s/x
syntax = 50% off
deep = %(deep)s
""")
print(basic.get('paths', 'data'))
print(basic.get('paths', 'logs'))
print(basic.get('paths', 'logs', raw=True))
print(basic.get('paths', 'percent'))
print(basic.get('paths', 'data', vars={'home': '/tmp'}))
print(basic['paths']['logs'])
for option in ('bad', 'syntax', 'deep'):
    try:
        basic.get('paths', option)
    except configparser.Error as e:
        print(type(e).__name__, '|', e)
        print(e.args)
try:
    basic.items('paths')
except configparser.InterpolationMissingOptionError as e:
    print('items:', e.option, e.reference)
print(basic.items('paths', raw=True)[:3])
try:
    basic.set('paths', 'x', '10% more')
except ValueError as e:
    print('ValueError:', e)
try:
    basic.set('paths', 'x', 5)
except TypeError as e:
    print('TypeError:', e)

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""
[Common]
home_dir: /Users
library_dir: /Library
system_dir: /System
macports_dir: /opt/local

[Frameworks]
Python: 3.2
path: ${Common:system_dir}/Library/Frameworks/

[Arthur]
nickname: Two Sheds
last_name: Jackson
my_dir: ${Common:home_dir}/twosheds
my_pictures: ${my_dir}/Pictures
python_dir: ${Frameworks:path}/Python/Versions/${Frameworks:Python}
cost: $$5
missing: ${Nope:x}
""")
print(ext.get('Frameworks', 'path'))
print(ext.get('Arthur', 'my_pictures'))
print(ext.get('Arthur', 'python_dir'))
print(ext.get('Arthur', 'cost'))
try:
    ext.get('Arthur', 'missing')
except configparser.InterpolationMissingOptionError as e:
    print(e)

none = configparser.ConfigParser(interpolation=None)
none.read_string('[s]\nv = %(x)s 100%\n')
print(none.get('s', 'v'))
raw = configparser.RawConfigParser()
raw.read_string('[s]\nv = %(x)s\n')
print(raw.get('s', 'v'))
try:
    configparser.ConfigParser(interpolation=object())
except TypeError as e:
    print(e)
