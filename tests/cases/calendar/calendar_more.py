# Calendar's less used corners: printing helpers, first weekdays outside 0-6,
# the year tables and bad arguments.
import calendar

t = calendar.TextCalendar()
t.prweek(t.monthdays2calendar(2024, 7)[1], 3)
print('|')
t.pryear(2001, 2, 1, 3, 6)
calendar.format(['a', 'bb', 'ccc'], 5, 2)
print(repr(calendar.formatstring(['x', 'y'])))
c = calendar.Calendar(8)
print(c.firstweekday, c.getfirstweekday(), list(c.iterweekdays()), c.monthdayscalendar(2024, 2)[0])
c.setfirstweekday(-1)
print(c.firstweekday, list(c.itermonthdays2(2024, 4))[:3], list(c.itermonthdays(2023, 2))[-3:])
c.firstweekday = 3
print(c.getfirstweekday(), [len(row) for row in c.yeardatescalendar(2024, 5)])
print(c.yeardays2calendar(2024)[3][2][0], c.yeardayscalendar(2024, 4)[0][1][-1])
print(calendar.week([(1, 0), (2, 1), (0, 2)], 4) + '|', calendar.mdays, calendar.leapdays(2000, 2000))
print(calendar.isleap(-4), calendar.weekday(1, 1, 1), calendar.weekday(10000, 1, 1), calendar.monthrange(2000, 2))
print(t.formatday(0, 0, 4) + '|', t.formatday(7, 0, 4) + '|', t.formatweekday(2, 1), t.formatweekday(2, 12) + '|')
print(t.formatmonthname(1999, 12, 5), t.formatmonth(2024, 2, 1, 2), sep='|')
for bad in (7, -1, 2.5, 'x', None):
    try:
        calendar.setfirstweekday(bad)
        print('ok', bad, calendar.firstweekday())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
    finally:
        calendar.setfirstweekday(0)
for args in ((2024, 0), (2024, 13), (2024, '1')):
    try:
        calendar.monthrange(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e, getattr(e, 'month', None))
print(str(calendar.IllegalWeekdayError(8)), calendar.IllegalMonthError(0).args)
