from datetime import date, time, datetime, timedelta, timezone

for make in [lambda: date(2023, 2, 29), lambda: date(2024, 13, 1), lambda: date(0, 1, 1),
             lambda: date(10000, 1, 1), lambda: date(2024, 1, 0), lambda: time(24),
             lambda: time(1, 60), lambda: time(1, 1, 61), lambda: time(0, 0, 0, 1000000),
             lambda: datetime(2024, 1, 1, 25), lambda: date(2024.0, 1, 1),
             lambda: date.fromisoformat("2024/01/01"), lambda: datetime.fromisoformat("nope"),
             lambda: datetime.strptime("2024-01", "%Y-%m-%d"),
             lambda: datetime.strptime("2024-01-01x", "%Y-%m-%d"),
             lambda: date.max + timedelta(1),
             lambda: datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=timezone.utc),
             lambda: datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=timezone.utc),
             lambda: timezone(timedelta(hours=24)), lambda: time(1).isoformat("bogus")]:
    try:
        print(make())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(datetime(2024, 1, 1) == date(2024, 1, 1), date(2024, 1, 1) == datetime(2024, 1, 1))
