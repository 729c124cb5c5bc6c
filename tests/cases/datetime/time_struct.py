import time

t = time.gmtime(0)
print(list(t), t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t[3], len(t))
g = time.gmtime(1709650215.75)
print(list(g), g.tm_hour, g.tm_min, g.tm_sec, g.tm_isdst)
local = time.localtime()
print(type(local).__name__, len(local), local.tm_year >= 2024, isinstance(local, tuple))
print(time.localtime(86400 * 365).tm_year)
