# datetime objects pickle as CPython's C types do (compact bytes state), for
# protocols 2 and 4, and load back equal; bytes pickled with protocols below 3
# name _codecs.encode.
import datetime
import pickle

utc = datetime.timezone.utc
values = [datetime.timedelta(1, 5), datetime.timedelta(-1, 3, 7),
          datetime.date(2024, 1, 2), datetime.date(1, 12, 31),
          datetime.datetime(2024, 1, 2, 3, 4, 5, 6),
          datetime.datetime(2024, 12, 31, 23, 59, 59, 123456, fold=1),
          datetime.time(1, 2, 3), datetime.time(23, 59, 1, 999999, fold=1),
          utc, datetime.timezone(datetime.timedelta(hours=2), 'X'),
          datetime.datetime(2024, 1, 2, tzinfo=utc),
          datetime.time(5, tzinfo=datetime.timezone(datetime.timedelta(hours=-3)))]
for v in values:
    for proto in (2, 4):
        d = pickle.dumps(v, proto)
        print(d)
        r = pickle.loads(d)
        print(type(r).__name__, r == v, getattr(r, 'fold', None))
print(pickle.dumps(b'raw bytes', 2))
print(pickle.loads(pickle.dumps(b'raw \xff', 0)))
log = {'saved': datetime.datetime(2023, 5, 17, 8, 30), 'every': datetime.timedelta(hours=6)}
print(pickle.loads(pickle.dumps(log)) == log)
