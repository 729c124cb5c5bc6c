import time

t = (2024, 2, 29, 13, 5, 9, 3, 60, 0)
print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %%', t))
print(time.strftime('%c|%x|%X|%U|%W|%w|%u|%y|%I|%e|%D|%T|%R|%G|%V|%h|%C|%n|%t', (2024, 1, 7, 0, 0, 0, 6, 7, 0)))
print(time.strftime('%Y', (2024, 0, 0, 0, 0, 0, 0, 0, 0)), time.strftime('%a', (2024, 1, 1, 0, 0, 0, 7, 1, 0)),
      time.strftime('%Y-%m-%d', (1, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime('', t), time.strftime('no directives'))
st = time.localtime(86400 * 400)
print(time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(86400 * 400)), time.strftime('%Y', st) == str(st.tm_year))
print(time.asctime(t), time.asctime(time.gmtime(0)), time.ctime(0) == time.asctime(time.localtime(0)), len(time.ctime()), len(time.asctime()))
print(time.mktime(time.localtime(1700000000)), type(time.mktime(time.localtime())).__name__)
print(len(time.strftime('%Y-%m-%d %H:%M:%S')), time.strftime('%Y') == str(time.localtime().tm_year))
for bad in [lambda: time.strftime('%Y', (2024, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: time.strftime('%Y', (2024, 1, 1)),
            lambda: time.strftime('%Y', [2024, 1, 1, 0, 0, 0, 0, 1, 0]), lambda: time.strftime(1),
            lambda: time.strftime('%H', (2024, 1, 1, 24, 0, 0, 0, 1, 0)), lambda: time.strftime('%S', (2024, 1, 1, 0, 0, 62, 0, 1, 0)),
            lambda: time.strftime('%j', (2024, 1, 1, 0, 0, 0, 0, 367, 0)), lambda: time.strftime('%Y', (2024, 1, 1, 0, -1, 0, 0, 1, 0)),
            lambda: time.strftime('a\x00b'), lambda: time.strftime('%Y', (2024, 1, 1, 0, 0, 0, 0, -1, 0)),
            lambda: time.strftime('%Y', (2024, 1, 32, 0, 0, 0, 0, 1, 0)), lambda: time.strftime('%a', (2024, 1, 1, 0, 0, 0, -2, 1, 0)),
            lambda: time.mktime((2024, 1, 1)), lambda: time.strftime('%Y', (2024.5, 1, 1, 0, 0, 0, 0, 1, 0))]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
