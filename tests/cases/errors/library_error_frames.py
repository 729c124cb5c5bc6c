# Errors raised inside library modules show the frames CPython's modules show: none for
# the modules it writes in C (decimal, datetime), its own lines for those in Python.
import statistics
import traceback
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from fractions import Fraction


class Color(Enum):
    RED = 1


def show(f, *args):
    try:
        f(*args)
    except Exception:
        traceback.print_exc()


show(Decimal, "abc")
show(lambda: Decimal(1) / 0)
show(date, 2023, 2, 30)
show(lambda: date(2024, 1, 1) + 5)
for text, fmt in [("2024-01-01 extra", "%Y-%m-%d"), ("2024", "%Q"), ("13/13/2024", "%d/%m/%Y")]:
    show(datetime.strptime, text, fmt)
for f in [statistics.mean, statistics.median, statistics.median_low, statistics.median_high,
          statistics.mode, statistics.variance, statistics.stdev, statistics.pvariance,
          statistics.pstdev]:
    show(f, [])
show(statistics.stdev, [1])
show(Fraction, 3, 0)
show(Color, 2)
print(datetime.strptime("05/03/2024 14:30", "%d/%m/%Y %H:%M"))
Color(7)
