import datetime
from datetime import date, time, datetime as dt, timedelta, timezone

d = date(2024, 2, 28)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal())
print(d + timedelta(days=1), d + timedelta(days=2), d - timedelta(days=60), date(2024, 3, 1) - d)
print(d.isocalendar(), date(2021, 1, 3).isocalendar(), date(2020, 12, 31).isocalendar())
print(d.replace(day=1), d.isoformat(), d.ctime(), date.fromordinal(738000), date.fromisoformat("2023-07-04"))
print(d < date(2024, 3, 1), d == date(2024, 2, 28), d != d.replace(year=2023), max(d, date(2000, 1, 1)))
print(sorted([date(2024, 1, 5), date(2023, 6, 1), date(2024, 1, 1)]))
print({d: 1}[date(2024, 2, 28)], date.min, date.max, f"{d}", f"{d:%d/%m/%Y}")

t = time(13, 5)
print(t, repr(t), repr(time(1, 2, 3)), repr(time(1, 2, 3, 4)), time(1, 2, 3, 450000), t.hour, t.minute)
print(t.isoformat(), t.isoformat("hours"), time(1, 2, 3, 4567).isoformat("milliseconds"))
print(time.fromisoformat("10:11:12.5"), t < time(14), t.replace(minute=0), t.strftime("%I:%M %p"))

x = dt(2024, 3, 5, 14, 30, 15, 250)
print(x, repr(x), repr(dt(2024, 3, 5)), repr(dt(2024, 3, 5, 1, 2, 3)), x.date(), x.time())
print(x.isoformat(), x.isoformat(" "), x.isoformat(timespec="seconds"), x.ctime())
print(x + timedelta(hours=10), x - timedelta(days=400), dt(2024, 3, 5) - dt(2023, 3, 5))
print(x - dt(2024, 3, 5), dt(2024, 1, 1) - x, x.replace(hour=0, microsecond=0))
print(dt.fromisoformat("2011-11-04T00:05:23"), dt.fromisoformat("2011-11-04 00:05:23.283"),
      dt.fromisoformat("2011-11-04"))
print(dt.combine(date(2020, 5, 17), time(8, 15)), x.weekday(), x.timetuple()[:7])
print(isinstance(x, date), isinstance(d, dt), x > dt(2024, 1, 1), x == x.replace())
print(x.strftime("%Y-%m-%d %H:%M:%S.%f %a %A %b %B %j %y %p %I %w %U %W %%"))
print(x.strftime("%c | %x | %X"), dt(2023, 1, 1).strftime("%j %U %W"), f"{x:%H:%M}")
print(dt.strptime("2024-03-05 14:30:15", "%Y-%m-%d %H:%M:%S"), dt.strptime("5 March 2021", "%d %B %Y"))
print(dt.strptime("03/05/24 2:30 PM", "%m/%d/%y %I:%M %p"), dt.strptime("2024-01-02T03:04:05.123", "%Y-%m-%dT%H:%M:%S.%f"))

u = dt(2024, 3, 5, 12, 0, tzinfo=timezone.utc)
print(u, repr(u), u.isoformat(), u.utcoffset(), u.tzname(), timezone.utc, repr(timezone(timedelta(hours=-5))))
e = dt(2024, 3, 5, 7, 0, tzinfo=timezone(timedelta(hours=-5)))
print(e, e - u, e == u, dt.fromtimestamp(0, timezone.utc), u.timestamp(), dt.fromisoformat("2024-03-05T12:00:00+02:00"))
print(dt.fromtimestamp(86400 * 365.25, timezone.utc), dt.utcfromtimestamp(1e9))
print(type(dt.now()).__name__, type(date.today()).__name__, type(dt.today()).__name__,
      dt.now().year >= 2024, type(dt.now(timezone.utc).tzinfo).__name__)
print(datetime.MINYEAR, datetime.MAXYEAR, datetime.datetime is dt)
