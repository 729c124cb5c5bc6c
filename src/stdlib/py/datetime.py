"""Dates, times and durations: the `datetime` module, in Python (proleptic Gregorian
calendar, ordinal 1 = 0001-01-01)."""

import time as _time
from collections import namedtuple as _namedtuple

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
_MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                'September', 'October', 'November', 'December']
_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _ymd_to_ord(year, month, day):
    y = year - 1
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))
    return y * 365 + y // 4 - y // 100 + y // 400 + before + day


def _ord_to_ymd(n):
    n -= 1
    n400, n = divmod(n, 146097)
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    month = 1
    while True:
        length = _days_in_month(year, month)
        if n < length:
            return year, month, n + 1
        n -= length
        month += 1


def _index(value):
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, float):
            raise TypeError("'float' object cannot be interpreted as an integer")
        raise TypeError('an integer is required (got type %s)' % type(value).__name__)
    return value


def _check_date(year, month, day):
    year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold=0):
    hour, minute, second = _index(hour), _index(minute), _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    return hour, minute, second, microsecond


def _cmp(a, b):
    return 0 if a == b else 1 if a > b else -1


class _Ordered:
    """<, <=, >, >= from the class's `_key(other)`: the `_cmp` of self and other, or None
    where other is not comparable (NotImplemented)."""

    def __lt__(self, other):
        k = self._key(other)
        return NotImplemented if k is None else k < 0

    def __le__(self, other):
        k = self._key(other)
        return NotImplemented if k is None else k <= 0

    def __gt__(self, other):
        k = self._key(other)
        return NotImplemented if k is None else k > 0

    def __ge__(self, other):
        k = self._key(other)
        return NotImplemented if k is None else k >= 0


def _wrap_strftime(fmt, fields):
    """Formats `fields` (year, month, day, hour, minute, second, microsecond, weekday,
    yday, utcoffset or None, tzname or None) by the C strftime directives."""
    year, month, day, hour, minute, second, us, wday, yday, offset, tzname = fields
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != '%' or i + 1 == n:
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        if d == 'Y':
            out.append(str(year) if year >= 1000 else '%04d' % year)
        elif d == 'y':
            out.append('%02d' % (year % 100))
        elif d == 'm':
            out.append('%02d' % month)
        elif d == 'd':
            out.append('%02d' % day)
        elif d == 'e':
            out.append('%2d' % day)
        elif d == 'H':
            out.append('%02d' % hour)
        elif d == 'I':
            out.append('%02d' % (hour % 12 or 12))
        elif d == 'M':
            out.append('%02d' % minute)
        elif d == 'S':
            out.append('%02d' % second)
        elif d == 'f':
            out.append('%06d' % us)
        elif d == 'p':
            out.append('AM' if hour < 12 else 'PM')
        elif d == 'a':
            out.append(_DAYS[wday])
        elif d == 'A':
            out.append(_DAY_NAMES[wday])
        elif d == 'w':
            out.append(str((wday + 1) % 7))
        elif d == 'u':
            out.append(str(wday + 1))
        elif d == 'b' or d == 'h':
            out.append(_MONTHS[month - 1])
        elif d == 'B':
            out.append(_MONTH_NAMES[month - 1])
        elif d == 'j':
            out.append('%03d' % yday)
        elif d == 'U':
            out.append('%02d' % ((yday - 1 + 7 - (wday + 1) % 7) // 7))
        elif d == 'W':
            out.append('%02d' % ((yday - 1 + 7 - wday) // 7))
        elif d == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %d' % (_DAYS[wday], _MONTHS[month - 1], day,
                                                       hour, minute, second, year))
        elif d == 'x':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif d == 'X':
            out.append('%02d:%02d:%02d' % (hour, minute, second))
        elif d == 'D':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif d == 'F':
            out.append('%04d-%02d-%02d' % (year, month, day))
        elif d == 'T':
            out.append('%02d:%02d:%02d' % (hour, minute, second))
        elif d == 'R':
            out.append('%02d:%02d' % (hour, minute))
        elif d == 'z':
            out.append('' if offset is None else _format_offset(offset, ''))
        elif d == 'Z':
            out.append('' if tzname is None else tzname)
        elif d == '%':
            out.append('%')
        elif d == 'n':
            out.append('\n')
        elif d == 't':
            out.append('\t')
        else:
            out.append('%' + d)
    return ''.join(out)


def _format_offset(off, sep=':'):
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    hh, rest = divmod(off.seconds + off.days * 86400, 3600)
    mm, ss = divmod(rest, 60)
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += '%s%02d' % (sep, ss)
        if off.microseconds:
            s += '.%06d' % off.microseconds
    return s


class timedelta(_Ordered):
    __tp_name__ = 'datetime.timedelta'

    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                 weeks=0):
        for v in (days, seconds, microseconds, milliseconds, minutes, hours, weeks):
            if not isinstance(v, (int, float)):
                raise TypeError('unsupported type for timedelta days component: %s'
                                % type(v).__name__)
        total = (((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds
        total = total * 1000000 + milliseconds * 1000 + microseconds
        if isinstance(total, float):
            total = round(total)
        seconds, us = divmod(total, 1000000)
        days, seconds = divmod(seconds, 86400)
        if abs(days) > 999999999:
            raise OverflowError('days=%d; must have magnitude <= 999999999' % days)
        self._days = days
        self._seconds = seconds
        self._microseconds = us

    def __reduce__(self):
        return (self.__class__, (self._days, self._seconds, self._microseconds))

    @staticmethod
    def _from_us(total):
        return timedelta(0, 0, total)

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        return 'datetime.timedelta(%s)' % (', '.join(args) or '0')

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            s = '%d day%s, ' % (self._days, '' if abs(self._days) == 1 else 's') + s
        if self._microseconds:
            s += '.%06d' % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            return timedelta._from_us(round(self._us() * other))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta._from_us(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, (int, float)):
            return timedelta._from_us(round(self._us() / other))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def _key(self, other):
        return _cmp(self._us(), other._us()) if isinstance(other, timedelta) else None

    def __hash__(self):
        return hash(self._us())

    def __bool__(self):
        return self._us() != 0


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class tzinfo:
    __tp_name__ = 'datetime.tzinfo'
    def utcoffset(self, dt):
        raise NotImplementedError('tzinfo subclass must override utcoffset()')

    def tzname(self, dt):
        raise NotImplementedError('tzinfo subclass must override tzname()')

    def dst(self, dt):
        raise NotImplementedError('tzinfo subclass must override dst()')


class timezone(tzinfo):
    __tp_name__ = 'datetime.timezone'
    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s'
                            % type(offset).__name__)
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24), not %r.' % (offset,))
        self._offset = offset
        self._name = name

    def __reduce__(self):
        if self._name is None:
            return (self.__class__, (self._offset,))
        return (self.__class__, (self._offset, self._name))

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return 'datetime.timezone(%r)' % (self._offset,)
        return 'datetime.timezone(%r, %r)' % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


class date(_Ordered):
    __tp_name__ = 'datetime.date'

    def __init__(self, year, month=None, day=None):
        if isinstance(year, (bytes, bytearray)) and len(year) == 4 and 1 <= year[2] <= 12:
            # The state a pickle made by __reduce__ passes back.
            year, month, day = year[0] * 256 + year[1], year[2], year[3]
        self._year, self._month, self._day = _check_date(year, month, day)

    def __reduce__(self):
        yhi, ylo = divmod(self._year, 256)
        return (self.__class__, (bytes([yhi, ylo, self._month, self._day]),))

    @classmethod
    def today(cls):
        t = _time.localtime()
        return cls(t[0], t[1], t[2])

    @classmethod
    def fromtimestamp(cls, t):
        t = _time.localtime(t)
        return cls(t[0], t[1], t[2])

    @classmethod
    def fromordinal(cls, n):
        return cls(*_ord_to_ymd(n))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            if len(s) == 10 and s[4] == '-' and s[7] == '-':
                return cls(int(s[0:4]), int(s[5:7]), int(s[8:10]))
            if len(s) == 8 and s.isdigit():
                return cls(int(s[0:4]), int(s[4:6]), int(s[6:8]))
        except ValueError:
            pass
        raise ValueError('Invalid isoformat string: %r' % s)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return 'datetime.date(%d, %d, %d)' % (self._year, self._month, self._day)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        return '%s %s %2d 00:00:00 %04d' % (_DAYS[self.weekday()], _MONTHS[self._month - 1],
                                             self._day, self._year)

    def _fields(self):
        return (self._year, self._month, self._day, 0, 0, 0, 0, self.weekday(),
                self.toordinal() - _ymd_to_ord(self._year, 1, 1) + 1, None, None)

    def strftime(self, fmt):
        return _wrap_strftime(fmt, self._fields())

    def __format__(self, spec):
        if not isinstance(spec, str):
            raise TypeError('must be str, not %s' % type(spec).__name__)
        return self.strftime(spec) if spec else str(self)

    def timetuple(self):
        f = self._fields()
        return _time.struct_time(f[0], f[1], f[2], f[3], f[4], f[5], f[7], f[8], -1)

    def toordinal(self):
        return _ymd_to_ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        year = self._year
        week1 = _iso_week1_monday(year)
        today = self.toordinal()
        week, day = divmod(today - week1, 7)
        if week < 0:
            year -= 1
            week, day = divmod(today - _iso_week1_monday(year), 7)
        elif week >= 52 and today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if not 0 < n <= _MAX_ORDINAL:
                raise OverflowError('date value out of range')
            return type(self).fromordinal(n)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def _key(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return _cmp((self._year, self._month, self._day),
                        (other._year, other._month, other._day))
        return None

    def __eq__(self, other):
        if isinstance(other, datetime):
            return False
        k = self._key(other)
        return NotImplemented if k is None else k == 0

    def __hash__(self):
        return hash((self._year, self._month, self._day))


def _iso_week1_monday(year):
    first = _ymd_to_ord(year, 1, 1)
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


_MAX_ORDINAL = _ymd_to_ord(9999, 12, 31)
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class IsoCalendarDate(_namedtuple('IsoCalendarDate', 'year week weekday')):
    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % self


def _time_iso(hour, minute, second, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hour
    if timespec == 'minutes':
        return '%02d:%02d' % (hour, minute)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hour, minute, second)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hour, minute, second, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hour, minute, second, us)
    raise ValueError('Unknown timespec value')


def _parse_time(s):
    """'HH[:MM[:SS[.ffffff]]][+HH:MM]' as (hour, minute, second, us, tzinfo)."""
    tz = None
    for sign in '+-':
        at = s.find(sign)
        if at > 0:
            off = s[at + 1:].replace(':', '')
            delta = timedelta(hours=int(off[0:2]), minutes=int(off[2:4] or 0),
                              seconds=int(off[4:6] or 0))
            tz = timezone(delta if sign == '+' else -delta)
            s = s[:at]
    if s.endswith('Z'):
        tz = timezone.utc
        s = s[:-1]
    us = 0
    if '.' in s or ',' in s:
        s, frac = s.replace(',', '.').split('.')
        if not frac.isdigit():
            raise ValueError
        us = int((frac + '000000')[:6])
    parts = s.split(':') if ':' in s else [s[i:i + 2] for i in range(0, len(s), 2)]
    if not 1 <= len(parts) <= 3 or not all(len(p) == 2 and p.isdigit() for p in parts):
        raise ValueError
    parts = [int(p) for p in parts] + [0] * (3 - len(parts))
    return parts[0], parts[1], parts[2], us, tz


class time(_Ordered):
    __tp_name__ = 'datetime.time'

    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if isinstance(hour, (bytes, bytearray)) and len(hour) == 6 and hour[0] & 0x7F < 24:
            # The state a pickle made by __reduce_ex__ passes back, with its tzinfo.
            state, tzinfo = hour, minute or None
            fold = state[0] >> 7
            hour, minute, second = state[0] & 0x7F, state[1], state[2]
            microsecond = (state[3] << 8 | state[4]) << 8 | state[5]
        self._hour, self._minute, self._second, self._microsecond = _check_time(
            hour, minute, second, microsecond)
        self._tzinfo = tzinfo
        self._fold = fold

    def __reduce_ex__(self, protocol):
        h = self._hour + (128 if self._fold and protocol > 3 else 0)
        us2, us3 = divmod(self._microsecond, 256)
        us1, us2 = divmod(us2, 256)
        state = bytes([h, self._minute, self._second, us1, us2, us3])
        if self._tzinfo is None:
            return (self.__class__, (state,))
        return (self.__class__, (state, self._tzinfo))

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            h, m, sec, us, tz = _parse_time(s[1:] if s.startswith('T') else s)
            return cls(h, m, sec, us, tz)
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % s) from None

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(None)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def isoformat(self, timespec='auto'):
        s = _time_iso(self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        return s if off is None else s + _format_offset(off)

    __str__ = isoformat

    def __repr__(self):
        if self._microsecond:
            s = ', %d, %d' % (self._second, self._microsecond)
        elif self._second:
            s = ', %d' % self._second
        else:
            s = ''
        s = 'datetime.time(%d, %d%s' % (self._hour, self._minute, s)
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        return s + ')'

    def strftime(self, fmt):
        return _wrap_strftime(fmt, (1900, 1, 1, self._hour, self._minute, self._second,
                                    self._microsecond, 0, 1, self.utcoffset(), self.tzname()))

    def __format__(self, spec):
        return self.strftime(spec) if spec else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo)

    def _tuple(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._tuple() == other._tuple()
        return NotImplemented

    def _key(self, other):
        return _cmp(self._tuple(), other._tuple()) if isinstance(other, time) else None

    def __hash__(self):
        return hash(self._tuple())

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    __tp_name__ = 'datetime.datetime'

    def __init__(self, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                 tzinfo=None, *, fold=0):
        if (isinstance(year, (bytes, bytearray)) and len(year) == 10
                and 1 <= year[2] & 0x7F <= 12):
            # The state a pickle made by __reduce_ex__ passes back, with its tzinfo.
            state, tzinfo = year, month
            fold = state[2] >> 7
            year, month, day = state[0] * 256 + state[1], state[2] & 0x7F, state[3]
            hour, minute, second = state[4], state[5], state[6]
            microsecond = (state[7] << 8 | state[8]) << 8 | state[9]
        self._year, self._month, self._day = _check_date(year, month, day)
        self._hour, self._minute, self._second, self._microsecond = _check_time(
            hour, minute, second, microsecond)
        if tzinfo is not None and not isinstance(tzinfo, tzinfo_class):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                            % type(tzinfo).__name__)
        self._tzinfo = tzinfo
        self._fold = fold

    def __reduce_ex__(self, protocol):
        yhi, ylo = divmod(self._year, 256)
        m = self._month + (128 if self._fold and protocol > 3 else 0)
        us2, us3 = divmod(self._microsecond, 256)
        us1, us2 = divmod(us2, 256)
        state = bytes([yhi, ylo, m, self._day, self._hour, self._minute, self._second,
                       us1, us2, us3])
        if self._tzinfo is None:
            return (self.__class__, (state,))
        return (self.__class__, (state, self._tzinfo))

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        whole = t // 1
        us = round((t - whole) * 1000000)
        if us >= 1000000:
            whole += 1
            us -= 1000000
        if tz is None:
            f = _time.localtime(whole)
            return cls(f[0], f[1], f[2], f[3], f[4], f[5], us)
        f = _time.gmtime(whole)
        utc = cls(f[0], f[1], f[2], f[3], f[4], f[5], us, tz)
        return utc + tz.utcoffset(utc)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls.fromtimestamp(t, timezone.utc).replace(tzinfo=None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, d, t, tzinfo=True):
        if tzinfo is True:
            tzinfo = t.tzinfo
        return cls(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond, tzinfo)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            d = date.fromisoformat(s[:10])
            if len(s) == 10:
                return cls(d.year, d.month, d.day)
            h, m, sec, us, tz = _parse_time(s[11:])
            return cls(d.year, d.month, d.day, h, m, sec, us, tz)
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % s) from None

    @classmethod
    def strptime(cls, string, fmt):
        import _strptime
        return _strptime._strptime_datetime(cls, string, fmt)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(self)

    def _us(self):
        """Microseconds since 0001-01-01 00:00, in UTC when aware."""
        us = ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60
               + self._second) * 1000000 + self._microsecond)
        off = self.utcoffset()
        return us if off is None else us - off._us()

    def timestamp(self):
        if self._tzinfo is None:
            local = self._us() / 10 ** 6 - _EPOCH_SECONDS
            guess = _time.localtime(local // 1)
            as_utc = datetime(guess[0], guess[1], guess[2], guess[3], guess[4], guess[5])
            offset = (as_utc._us() // 1000000 - _EPOCH_SECONDS) - local // 1
            return local - offset
        return (self._us() - _EPOCH_SECONDS * 1000000) / 10 ** 6

    def astimezone(self, tz=None):
        if tz is None:
            return datetime.fromtimestamp(self.timestamp())
        return datetime.fromtimestamp(self.timestamp(), tz)

    def isoformat(self, sep='T', timespec='auto'):
        s = '%04d-%02d-%02d%s%s' % (self._year, self._month, self._day, sep,
                                    _time_iso(self._hour, self._minute, self._second,
                                              self._microsecond, timespec))
        off = self.utcoffset()
        return s if off is None else s + _format_offset(off)

    def __str__(self):
        return self.isoformat(' ')

    def __repr__(self):
        s = 'datetime.datetime(%d, %d, %d, %d, %d' % (self._year, self._month, self._day,
                                                       self._hour, self._minute)
        if self._microsecond:
            s += ', %d, %d' % (self._second, self._microsecond)
        elif self._second:
            s += ', %d' % self._second
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        return s + ')'

    def ctime(self):
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAYS[self.weekday()], _MONTHS[self._month - 1], self._day, self._hour,
            self._minute, self._second, self._year)

    def _fields(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond, self.weekday(),
                self.toordinal() - _ymd_to_ord(self._year, 1, 1) + 1, self.utcoffset(),
                self.tzname())

    def timetuple(self):
        f = self._fields()
        return _time.struct_time(f[0], f[1], f[2], f[3], f[4], f[5], f[7], f[8], -1)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60
               + self._second) * 1000000 + self._microsecond + other._us())
        secs, us = divmod(us, 1000000)
        days, secs = divmod(secs, 86400)
        if not 0 < days <= _MAX_ORDINAL:
            raise OverflowError('date value out of range')
        y, m, d = _ord_to_ymd(days)
        return type(self)(y, m, d, secs // 3600, secs // 60 % 60, secs % 60, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, datetime):
            if (self._tzinfo is None) != (other._tzinfo is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            return timedelta._from_us(self._us() - other._us())
        return NotImplemented

    def _key(self, other):
        if isinstance(other, datetime):
            if (self._tzinfo is None) != (other._tzinfo is None):
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            return _cmp(self._us(), other._us())
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % ('datetime.datetime', 'datetime.date'))
        return None

    def __eq__(self, other):
        if isinstance(other, datetime):
            if (self._tzinfo is None) != (other._tzinfo is None):
                return False
            return self._us() == other._us()
        if isinstance(other, date):
            return False
        return NotImplemented

    def __hash__(self):
        return hash(self._us())


tzinfo_class = tzinfo
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH_SECONDS = _ymd_to_ord(1970, 1, 1) * 86400
