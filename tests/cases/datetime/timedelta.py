from datetime import timedelta

for td in [timedelta(), timedelta(1), timedelta(days=1, hours=2, minutes=3, seconds=4),
           timedelta(seconds=-1), timedelta(days=-3, hours=5), timedelta(microseconds=1500),
           timedelta(weeks=2, milliseconds=1), timedelta(hours=36.5), timedelta(seconds=0.1),
           timedelta(days=2.25), timedelta(minutes=-0.5)]:
    print(repr(td), "|", td, "|", td.days, td.seconds, td.microseconds, td.total_seconds())
a = timedelta(hours=5)
b = timedelta(minutes=45)
print(a + b, a - b, b - a, -a, abs(-a), a * 2, 3 * b, a * 1.5, a / 2, a / b, a // b, a % b)
print(divmod(a, b), a // 7, a / 3, a > b, a == timedelta(minutes=300), a != b, bool(timedelta()))
print(sorted([a, b, timedelta(0)]), sum([a, b], timedelta()), hash(a) == hash(timedelta(hours=5)))
print(timedelta.max, timedelta.min, timedelta.resolution)
print(repr(timedelta.max), repr(timedelta(days=-1, seconds=86399)))
for bad in [lambda: timedelta(days=10**9), lambda: timedelta(days="1")]:
    try:
        bad()
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
