# time.strptime gives the struct_time datetime.strptime's parse describes; sys.maxunicode.
import sys
import time
print(time.strptime("2024-01-02", "%Y-%m-%d"))
print(time.strptime("10:20", "%H:%M"))
print(time.strptime("Mon Jan  1 00:00:00 2024"))
t = time.strptime("31/12/2023 23:59:58", "%d/%m/%Y %H:%M:%S")
print(t.tm_yday, t.tm_wday, t[0], tuple(t)[3:6], time.strftime("%Y-%m-%d %H:%M", t))
for bad in [("x", "%Y"), ("2024-01-02 extra", "%Y-%m-%d"), ("2024", "%Q")]:
    try:
        time.strptime(*bad)
    except ValueError as e:
        print("ValueError:", e)
print(sys.maxunicode, chr(sys.maxunicode) == "\U0010ffff")
