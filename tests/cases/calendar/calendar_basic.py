import calendar

print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.leapdays(1900, 2024))
print(calendar.weekday(2024, 2, 29), calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthrange(1999, 12))
print(calendar.monthcalendar(2024, 3))
print(list(calendar.month_name), list(calendar.day_abbr), calendar.month_abbr[12], calendar.day_name[0], len(calendar.day_name))
print(calendar.month(2024, 2), end='')
print(calendar.month(2023, 10, 3, 1), end='')
calendar.prmonth(2021, 1)
print(calendar.calendar(2024))
print(calendar.calendar(2023, 3, 1, 4, 4))
cal = calendar.Calendar(firstweekday=6)
print(list(cal.iterweekdays()), cal.monthdayscalendar(2024, 9)[:2], cal.firstweekday)
print(cal.monthdatescalendar(2024, 1)[0][0], list(cal.itermonthdays2(2024, 6))[:8])
print(list(calendar.Calendar().itermonthdays3(2024, 5))[:3], list(calendar.Calendar().itermonthdays4(2024, 5))[-1])
t = calendar.TextCalendar(calendar.SUNDAY)
print(t.formatmonth(2024, 12), end='')
print(t.formatweekheader(9), '|', t.formatweekheader(3), '|', t.formatmonthname(2024, 5, 20, False), '|')
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.timegm((1970, 1, 2, 3, 4, 5, 0, 0, 0)))
print(calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday(), calendar.weekheader(2))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 3)[0], calendar.weekheader(3))
calendar.setfirstweekday(0)
for bad in [lambda: calendar.monthrange(2024, 13), lambda: calendar.setfirstweekday(9), lambda: calendar.month(2024, 0),
            lambda: calendar.weekday(2024, 2, 30)]:
    try:
        print(bad())
    except ValueError as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
