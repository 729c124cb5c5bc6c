import datetime


class Span(datetime.timedelta):
    pass


cases = [lambda: datetime.timedelta(1) + 1, lambda: datetime.date(2020, 1, 1) + 1,
         lambda: 1 - datetime.datetime(2020, 1, 1), lambda: datetime.timedelta(1) < 1,
         lambda: datetime.date(2020, 1, 1) * 2, lambda: datetime.time(1) + datetime.timedelta(1),
         lambda: datetime.timedelta(1).foo, lambda: datetime.timezone.utc + 1,
         lambda: Span(1) + 'x', lambda: Span(2).nope, lambda: len(datetime.date(2020, 1, 1)),
         lambda: datetime.datetime(2020, 1, 1) < datetime.date(2020, 1, 1),
         lambda: datetime.time(1) - datetime.time(2), lambda: abs(datetime.date(2020, 1, 1))]
for f in cases:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(type(datetime.timedelta(1)).__name__, datetime.timedelta, Span.__name__)
