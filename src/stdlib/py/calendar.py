"""Calendars: leap years, month layouts as weeks, and the text calendars `cal` prints
(English names; gilpy has no locales)."""

import datetime as _datetime

__all__ = ['IllegalMonthError', 'IllegalWeekdayError', 'setfirstweekday', 'firstweekday',
           'isleap', 'leapdays', 'weekday', 'monthrange', 'monthcalendar', 'prmonth',
           'month', 'prcal', 'calendar', 'timegm', 'month_name', 'month_abbr', 'day_name',
           'day_abbr', 'Calendar', 'TextCalendar', 'weekheader', 'MONDAY', 'TUESDAY',
           'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']

error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return 'bad month number %r; must be 1-12' % self.month


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return 'bad weekday number %r; must be 0 (Monday) to 6 (Sunday)' % self.weekday


January = 1
February = 2
# Days per month in a common year, indexed from 1.
mdays = [0] + [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)


class _Names:
    """A read-only sequence of names, as `calendar.day_name` and friends are."""

    def __init__(self, names):
        self._names = names

    def __getitem__(self, i):
        return self._names[i]

    def __len__(self):
        return len(self._names)


_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December']
_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
month_name = _Names([''] + _MONTHS)
month_abbr = _Names([''] + [m[:3] for m in _MONTHS])
day_name = _Names(_DAYS)
day_abbr = _Names([d[:3] for d in _DAYS])


def isleap(year):
    # Gregorian: every fourth year, except centuries not divisible by 400.
    return year % 400 == 0 if year % 100 == 0 else year % 4 == 0


def leapdays(y1, y2):
    """The number of leap years in [y1, y2)."""
    y1 -= 1
    y2 -= 1
    return (y2 // 4 - y1 // 4) - (y2 // 100 - y1 // 100) + (y2 // 400 - y1 // 400)


def weekday(year, month, day):
    """0 (Monday) to 6 (Sunday); years outside datetime's range use the year with
    the same place in the 400-year Gregorian cycle."""
    if not _datetime.MINYEAR <= year <= _datetime.MAXYEAR:
        year = 2000 + year % 400
    return _datetime.date(year, month, day).weekday()


def monthrange(year, month):
    """The weekday of the month's first day and the month's length."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    length = mdays[month]
    if month == February and isleap(year):
        length += 1
    return weekday(year, month, 1), length


class Calendar:
    """Lays out months as weeks (lists of seven days) starting on firstweekday."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    # Any int is accepted and kept; it is read modulo 7.
    def getfirstweekday(self):
        return self._first % 7

    def setfirstweekday(self, firstweekday):
        self._first = firstweekday

    firstweekday = property(fget=getfirstweekday, fset=setfirstweekday)

    def iterweekdays(self):
        """The seven weekday numbers in this calendar's order."""
        start = self.firstweekday
        yield from ((start + k) % 7 for k in range(7))

    def itermonthdays(self, year, month):
        """The days of the month, padded with zeros to whole weeks."""
        start, length = monthrange(year, month)
        lead = (start - self.firstweekday) % 7
        yield from [0] * lead
        yield from range(1, 1 + length)
        yield from [0] * ((-lead - length) % 7)

    def itermonthdays2(self, year, month):
        """Pairs (day of month or 0, weekday number)."""
        wd = self.firstweekday
        for d in self.itermonthdays(year, month):
            yield d, wd % 7
            wd += 1

    def itermonthdays3(self, year, month):
        for d in self.itermonthdates(year, month):
            yield d.year, d.month, d.day

    def itermonthdays4(self, year, month):
        for d in self.itermonthdates(year, month):
            yield d.year, d.month, d.day, d.weekday()

    def itermonthdates(self, year, month):
        """Dates of whole weeks covering the month, spilling into its neighbours."""
        start, length = monthrange(year, month)
        before = (start - self.firstweekday) % 7
        first = _datetime.date(year, month, 1)
        total = before + length
        total += (7 - total % 7) % 7
        for k in range(total):
            yield first + _datetime.timedelta(days=k - before)

    @staticmethod
    def _weeks(days):
        days = list(days)
        return [days[i:i + 7] for i in range(0, len(days), 7)]

    def monthdatescalendar(self, year, month):
        """The month as weeks of datetime.date objects."""
        return self._weeks(self.itermonthdates(year, month))

    def monthdays2calendar(self, year, month):
        """The month as weeks of (day, weekday) pairs, day 0 outside the month."""
        return self._weeks(self.itermonthdays2(year, month))

    def monthdayscalendar(self, year, month):
        """The month as weeks of day numbers, 0 outside the month."""
        return self._weeks(self.itermonthdays(year, month))

    def _rows(self, months, width):
        return [months[i:i + width] for i in range(0, len(months), width)]

    def yeardatescalendar(self, year, width=3):
        """The twelve months as in monthdatescalendar, grouped width to a row."""
        return self._rows([self.monthdatescalendar(year, m) for m in range(1, 13)], width)

    def yeardays2calendar(self, year, width=3):
        return self._rows([self.monthdays2calendar(year, m) for m in range(1, 13)], width)

    def yeardayscalendar(self, year, width=3):
        return self._rows([self.monthdayscalendar(year, m) for m in range(1, 13)], width)


class TextCalendar(Calendar):
    """A Calendar that renders months and years as plain text, like `cal`."""

    def prweek(self, theweek, width):
        text = self.formatweek(theweek, width)
        print(text, end='')

    def formatday(self, day, weekday, width):
        """One day's cell: its number centred in width, blank for day 0."""
        return ('' if day == 0 else '%2i' % day).center(width)

    def formatweek(self, theweek, width):
        return ' '.join(self.formatday(d, wd, width) for d, wd in theweek)

    def formatweekday(self, day, width):
        # Full names from width 9 (the longest, 'Wednesday'), else abbreviations.
        label = (day_name if width >= 9 else day_abbr)[day]
        return label[:width].center(width)

    def formatweekheader(self, width):
        return ' '.join([self.formatweekday(wd, width) for wd in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        s = month_name[themonth]
        if withyear:
            s = '%s %r' % (s, theyear)
        return s.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        text = self.formatmonth(theyear, themonth, w, l)
        print(text, end='')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """A month with its title and weekday header: w is the width of a day's
        column, l the number of newlines after each line."""
        w = max(2, w)
        l = max(1, l)
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1).rstrip(),
                 self.formatweekheader(w).rstrip()]
        lines += [self.formatweek(days, w).rstrip()
                  for days in self.monthdays2calendar(theyear, themonth)]
        return ''.join(line + '\n' * l for line in lines)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """The whole year, m months side by side, c spaces between them."""
        w = max(2, w)
        l = max(1, l)
        c = max(2, c)
        colwidth = 7 * w + 6
        gap = '\n' * l
        out = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), gap]
        day_names = self.formatweekheader(w)
        for i, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * i + 1, min(m * (i + 1) + 1, 13))
            out.append(gap)
            names = [self.formatmonthname(theyear, k, colwidth, False) for k in months]
            out += [formatstring(names, colwidth, c).rstrip(), gap]
            out += [formatstring([day_names] * len(months), colwidth, c).rstrip(), gap]
            for j in range(max(len(cal) for cal in row)):
                weeks = [self.formatweek(cal[j], w) if j < len(cal) else '' for cal in row]
                out += [formatstring(weeks, colwidth, c).rstrip(), gap]
        return ''.join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        text = self.formatyear(theyear, w, l, c, m)
        print(text, end='')


def formatstring(cols, colwidth=20, spacing=6):
    return (' ' * spacing).join(c.center(colwidth) for c in cols)


# The module-level functions are the methods of one shared TextCalendar.
c = TextCalendar()
firstweekday = c.getfirstweekday
monthcalendar, prweek, week = c.monthdayscalendar, c.prweek, c.formatweek
weekheader, prmonth, month = c.formatweekheader, c.prmonth, c.formatmonth
calendar, prcal = c.formatyear, c.pryear


def setfirstweekday(firstweekday):
    """Sets the shared calendar's first weekday; unlike a Calendar's, it must be 0-6."""
    if not (MONDAY <= firstweekday and firstweekday <= SUNDAY):
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


def format(cols, colwidth=20, spacing=6):
    line = formatstring(cols, colwidth, spacing)
    print(line)


EPOCH = 1970
_EPOCH_ORD = _datetime.date(EPOCH, 1, 1).toordinal()


def timegm(tuple):
    """Seconds since the epoch of a UTC time tuple."""
    y, mo, d, h, mi, sec = tuple[:6]
    days = _datetime.date(y, mo, 1).toordinal() - _EPOCH_ORD + d - 1
    return ((days * 24 + h) * 60 + mi) * 60 + sec
