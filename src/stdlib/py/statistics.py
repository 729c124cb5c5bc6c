"""Statistics of numeric data: averages (mean, fmean, geometric_mean,
harmonic_mean, median, median_low, median_high, mode, multimode), spread
(variance, pvariance, stdev, pstdev), quantiles, and relations between two
samples (covariance, correlation, linear_regression); and NormalDist.

The averages and spreads sum exactly: each value becomes a fraction
(numerator, denominator) of Python ints, and only the final result is
rounded, so results match CPython's to the last bit. Data may be int, bool,
float, Fraction or Decimal."""

import fractions
import math
import random
from collections import Counter, namedtuple

__all__ = ['StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean',
           'mean', 'median', 'median_high', 'median_low', 'mode', 'multimode',
           'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance',
           'covariance', 'correlation', 'linear_regression', 'NormalDist']


class StatisticsError(ValueError):
    pass


# ---- exact fractions as (numerator, denominator) pairs, denominator > 0 ----

def _ratio(x):
    if isinstance(x, int):
        return int(x), 1
    if isinstance(x, float) and not math.isfinite(x):
        return None
    # float, Fraction, Decimal and other numbers that know their exact ratio;
    # a non-finite Decimal cannot give one.
    exact = getattr(x, 'as_integer_ratio', None)
    if exact is not None:
        try:
            return exact()
        except (ValueError, OverflowError):
            return None
    try:
        return x.numerator, x.denominator
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _reduce(n, d):
    g = math.gcd(n, d)
    return n // g, d // g


def _add(a, b):
    return _reduce(a[0] * b[1] + b[0] * a[1], a[1] * b[1])


def _div_int(a, k):
    return _reduce(a[0], a[1] * k)


def _to_float(a):
    return a[0] / a[1]


def _coerce(T, S):
    """The type a mix of T and S data is reported in, by CPython's rules."""
    if T is S or S is int or S is bool:
        return T
    if T is int or issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    # Between Fraction and float, float wins.
    for exact, inexact in ((T, S), (S, T)):
        if issubclass(exact, fractions.Fraction) and issubclass(inexact, float):
            return inexact
    raise TypeError(f"don't know how to coerce {T.__name__} and {S.__name__}")


def _result_type(data_types):
    result = int
    for t in data_types:
        result = _coerce(result, t)
    return result


def _convert(value, T):
    """An exact fraction as type T (an int only when it is whole)."""
    n, d = value
    if issubclass(T, int):
        return T(n) if d == 1 else n / d
    if issubclass(T, float):
        return n / d
    try:
        return T(fractions.Fraction(n, d))
    except TypeError:
        # Decimal cannot be made from a Fraction.
        return T(n) / T(d)


class _Summary:
    """One pass over the data: count, exact sum, exact sum of squares, or the
    float sum of the non-finite values when there are any."""

    def __init__(self, data):
        self.count = 0
        self.total = (0, 1)
        self.squares = (0, 1)
        self.special = None
        types = set()
        for x in data:
            types.add(type(x))
            r = _ratio(x)
            self.count += 1
            if r is None:
                self.special = x if self.special is None else self.special + x
                continue
            self.total = _add(self.total, r)
            self.squares = _add(self.squares, (r[0] * r[0], r[1] * r[1]))
        self.type = _result_type(types)

    def sum_sq_dev(self):
        """The exact sum of squared deviations from the mean."""
        n = self.count
        sx, sxx = self.total, self.squares
        num = n * sxx[0] * sx[1] * sx[1] - sx[0] * sx[0] * sxx[1]
        return _reduce(num, sxx[1] * sx[1] * sx[1] * n)


def _as_list(data):
    return data if isinstance(data, (list, tuple)) else list(data)


def mean(data):
    """The arithmetic mean, as an int when the data are ints and it is whole."""
    s = _Summary(data)
    if s.count < 1:
        raise StatisticsError('mean requires at least one data point')  # CPython: statistics.py:432
    if s.special is not None:
        return s.special / s.count
    return _convert(_div_int(s.total, s.count), s.type)


def fmean(data, weights=None):
    """The mean as a float, computed quickly."""
    if weights is None:
        data = _as_list(data)
        if not data:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(data) / len(data)
    data, weights = _as_list(data), _as_list(weights)
    if len(data) != len(weights):
        raise StatisticsError('data and weights must be the same length')
    total = math.fsum(weights)
    if not total:
        raise StatisticsError('sum of weights must be non-zero')
    return math.fsum(x * w for x, w in zip(data, weights)) / total


def geometric_mean(data):
    """The geometric mean, as a float."""
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """The harmonic mean: the sum of weights over the weighted sum of reciprocals."""
    data = _as_list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = (n, 1)
    else:
        weights = _as_list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        if any(w < 0 for w in weights):
            raise StatisticsError(errmsg)
        sum_weights = _Summary(weights).total
    if any(x < 0 for x in data):
        raise StatisticsError(errmsg)
    try:
        s = _Summary([w / x if w else 0 for w, x in zip(weights, data)])
    except ZeroDivisionError:
        return 0
    if s.total[0] <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(_reduce(sum_weights[0] * s.total[1], sum_weights[1] * s.total[0]), s.type)


def median(data):
    """The middle value, or the mean of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")  # CPython: statistics.py:565
    if n % 2 == 1:
        return data[n // 2]
    below, above = data[n // 2 - 1:n // 2 + 1]
    return (below + above) / 2


def median_low(data):
    """The smaller of the two middle values when their number is even."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")  # CPython: statistics.py:588
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """The larger of the two middle values when their number is even."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")  # CPython: statistics.py:610
    return data[n // 2]


def mode(data):
    """The most common value; the first seen among equally common ones."""
    tally = _tally(data)
    if not tally:
        raise StatisticsError('no mode for empty data') from None  # CPython: statistics.py:713
    return max(tally, key=tally.__getitem__)


def multimode(data):
    """Every most common value, in order of first appearance."""
    tally = _tally(data)
    top = max(tally.values(), default=0)
    return [value for value, count in tally.items() if count == top]


def _tally(data):
    """How often each value occurs, keyed in order of first appearance."""
    return Counter(iter(data))


def _spread(data, centre, minimum, offset):
    """(type, exact sum of squared deviations / (n - offset)), or (type, a
    non-finite float) when the data hold infinities or NaNs; None for fewer than
    `minimum` data points."""
    if centre is None:
        s = _Summary(data)
    else:
        # Deviations from a given centre, summed exactly as they are.
        s = _Summary((x - centre) * (x - centre) for x in data)
    if s.count < minimum:
        return None
    if s.special is not None:
        return s.type, s.special / (s.count - offset)
    ssd = s.total if centre is not None else s.sum_sq_dev()
    return s.type, _div_int(ssd, s.count - offset)


def variance(data, xbar=None):
    """The sample variance (divided by n - 1)."""
    spread = _spread(data, xbar, 2, 1)
    if spread is None:
        raise StatisticsError('variance requires at least two data points')  # CPython: statistics.py:862
    T, value = spread
    return value if isinstance(value, float) else _convert(value, T)


def pvariance(data, mu=None):
    """The population variance (divided by n)."""
    spread = _spread(data, mu, 1, 0)
    if spread is None:
        raise StatisticsError('pvariance requires at least one data point')  # CPython: statistics.py:903
    T, value = spread
    return value if isinstance(value, float) else _convert(value, T)


def _sqrt_of_fraction(value):
    """The square root of an exact fraction, correctly rounded to a float."""
    n, m = value
    # Enough bits that rounding the integer root to odd, then to a float,
    # rounds correctly.
    shift = (n.bit_length() - m.bit_length() - 109) // 2
    if shift >= 0:
        root = _isqrt_round_odd(n, m << 2 * shift)
        return float(root << shift)
    return _isqrt_round_odd(n << -2 * shift, m) / (1 << -shift)


def _isqrt_round_odd(n, m):
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


def stdev(data, xbar=None):
    """The sample standard deviation."""
    spread = _spread(data, xbar, 2, 1)
    if spread is None:
        raise StatisticsError('stdev requires at least two data points')  # CPython: statistics.py:918
    T, value = spread
    return math.sqrt(value) if isinstance(value, float) else _sqrt_of_fraction(value)


def pstdev(data, mu=None):
    """The population standard deviation."""
    spread = _spread(data, mu, 1, 0)
    if spread is None:
        raise StatisticsError('pstdev requires at least one data point')  # CPython: statistics.py:936
    T, value = spread
    return math.sqrt(value) if isinstance(value, float) else _sqrt_of_fraction(value)


def quantiles(data, *, n=4, method='exclusive'):
    """n - 1 cut points dividing the data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    # Cut point k lies k/n of the way along positions 0..size-1 (inclusive)
    # or, counting from 1, along 0..size+1 (exclusive, clamped to the data).
    if method == 'inclusive':
        span, first = ld - 1, 0
    elif method == 'exclusive':
        span, first = ld + 1, 1
    else:
        raise ValueError(f'Unknown method: {method!r}')
    cuts = []
    for k in range(1, n):
        low = min(max(k * span // n, first), ld - 2 + first)
        weight = k * span - low * n
        lower, upper = data[low - first], data[low - first + 1]
        cuts.append((lower * (n - weight) + upper * weight) / n)
    return cuts


def _paired(x, y, what):
    """The common length of two samples of at least two points each."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f'{what} requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError(f'{what} requires at least two data points')
    return n


def _centred_sums(x, y, n):
    """(sum of products, sum of squares of x, sum of squares of y) of the
    deviations from the means, in floats summed without rounding errors."""
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = math.fsum((xi - xbar) * (xi - xbar) for xi in x)
    syy = math.fsum((yi - ybar) * (yi - ybar) for yi in y)
    return xbar, ybar, sxy, sxx, syy


def covariance(x, y, /):
    """The sample covariance of two inputs."""
    n = _paired(x, y, 'covariance')
    return _centred_sums(x, y, n)[2] / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient, between -1 and +1."""
    n = _paired(x, y, 'correlation')
    _, _, sxy, sxx, syy = _centred_sums(x, y, n)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', 'slope intercept')


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the least-squares line through the points; with
    proportional=True, of the line through the origin."""
    n = _paired(x, y, 'linear regression')
    if proportional:
        sxy = math.fsum(xi * yi for xi, yi in zip(x, y))
        sxx = math.fsum(xi * xi for xi in x)
    else:
        xbar, ybar, sxy, sxx, _ = _centred_sums(x, y, n)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    if proportional:
        return LinearRegression(slope, 0.0)
    return LinearRegression(slope, ybar - slope * xbar)


# Wichura's algorithm AS241 (PPND16) for the inverse of the normal CDF:
# rational approximations, coefficients highest power first.
_CENTRAL_NUM = (2509.0809287301226727, 33430.575583588128105, 67265.770927008700853,
                45921.953931549871457, 13731.693765509461125, 1971.5909503065514427,
                133.14166789178437745, 3.387132872796366608)
_CENTRAL_DEN = (5226.495278852854561, 28729.085735721942674, 39307.89580009271061,
                21213.794301586595867, 5394.1960214247511077, 687.1870074920579083,
                42.313330701600911252, 1.0)
_NEAR_NUM = (7.7454501427834140764e-4, 0.0227238449892691845833, 0.24178072517745061177,
             1.27045825245236838258, 3.64784832476320460504, 5.7694972214606914055,
             4.6303378461565452959, 1.42343711074968357734)
_NEAR_DEN = (1.05075007164441684324e-9, 5.475938084995344946e-4, 0.0151986665636164571966,
             0.14810397642748007459, 0.68976733498510000455, 1.6763848301838038494,
             2.05319162663775882187, 1.0)
_TAIL_NUM = (2.01033439929228813265e-7, 2.71155556874348757815e-5, 0.0012426609473880784386,
             0.026532189526576123093, 0.29656057182850489123, 1.7848265399172913358,
             5.4637849111641143699, 6.6579046435011037772)
_TAIL_DEN = (2.04426310338993978564e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5,
             7.868691311456132591e-4, 0.0148753612908506148525, 0.13692988092273580531,
             0.59983220655588793769, 1.0)


def _horner(coefficients, r):
    value = coefficients[0]
    for c in coefficients[1:]:
        value = value * r + c
    return value


def _normal_inv_cdf(p, mu, sigma):
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        x = _horner(_CENTRAL_NUM, r) * q / _horner(_CENTRAL_DEN, r)
        return mu + (x * sigma)
    r = math.sqrt(-math.log(min(p, 1.0 - p)))
    if r <= 5.0:
        r = r - 1.6
        x = _horner(_NEAR_NUM, r) / _horner(_NEAR_DEN, r)
    else:
        r = r - 5.0
        x = _horner(_TAIL_NUM, r) / _horner(_TAIL_DEN, r)
    if q < 0.0:
        x = -x
    return mu + (x * sigma)


_SQRT2 = math.sqrt(2.0)


class NormalDist:
    """A normal (Gaussian) distribution with mean mu and standard deviation
    sigma; supports arithmetic with constants and with independent
    NormalDist variables."""

    __slots__ = ('_mu', '_sigma')

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The distribution estimated from sample data."""
        s = _Summary(data)
        if s.count < 2:
            raise StatisticsError('stdev requires at least two data points')
        if s.special is not None:
            return cls(s.special / s.count, s.special / s.count)
        mean = _div_int(s.total, s.count)
        return cls(mean[0] / mean[1], _sqrt_of_fraction(_div_int(s.sum_sq_dev(), s.count - 1)))

    def samples(self, n, *, seed=None):
        """n random values drawn from the distribution."""
        source = random if seed is None else random.Random(seed)
        return [source.gauss(self._mu, self._sigma) for _ in range(n)]

    def _need_spread(self, what):
        if not self._sigma:
            raise StatisticsError(f'{what}() not defined when sigma is zero')

    def pdf(self, x):
        """The probability density at x."""
        spread = self.variance
        if not spread:
            raise StatisticsError('pdf() not defined when sigma is zero')
        offset = x - self._mu
        return math.exp(offset * offset / (-2.0 * spread)) / math.sqrt(math.tau * spread)

    def cdf(self, x):
        """The probability that a value is less than or equal to x."""
        self._need_spread('cdf')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """The value x with cdf(x) == p."""
        if not 0.0 < p < 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _normal_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """n - 1 cut points dividing the distribution into n equal parts."""
        return [self.inv_cdf(k / n) for k in range(1, n)]

    def overlap(self, other):
        """The area the two probability densities share, from 0.0 to 1.0."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        # Order the pair so `wide` has the larger (sigma, mu).
        narrow, wide = sorted((self, other), key=lambda d: (d._sigma, d._mu))
        if not narrow.variance or not wide.variance:
            raise StatisticsError('overlap() not defined when sigma is zero')
        v1 = narrow.variance
        v2 = wide.variance
        gap = math.fabs(wide._mu - narrow._mu)
        if v1 == v2:
            return 1.0 - math.erf(gap / (2.0 * narrow._sigma * _SQRT2))
        # The densities cross at two points; the shared area lies between them.
        centre = narrow._mu * v2 - wide._mu * v1
        half = narrow._sigma * wide._sigma * math.sqrt(gap * gap + (v2 - v1) * math.log(v2 / v1))
        missing = 0.0
        for crossing in ((centre + half) / (v2 - v1), (centre - half) / (v2 - v1)):
            missing += math.fabs(wide.cdf(crossing) - narrow.cdf(crossing))
        return 1.0 - missing

    def zscore(self, x):
        """How many standard deviations x lies above the mean."""
        self._need_spread('zscore')
        return (x - self._mu) / self._sigma

    mean = property(lambda self: self._mu, doc='The arithmetic mean.')
    median = property(lambda self: self._mu, doc='The median (equal to the mean).')
    mode = property(lambda self: self._mu, doc='The mode (equal to the mean).')
    stdev = property(lambda self: self._sigma, doc='The standard deviation.')
    variance = property(lambda self: self._sigma * self._sigma, doc='The variance.')

    # Sums and differences of independent normal variables are normal, their
    # variances adding; a constant shifts (or scales) a distribution.

    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __rsub__(self, other):
        return -(self - other)

    def __mul__(self, factor):
        return NormalDist(self._mu * factor, self._sigma * math.fabs(factor))

    __rmul__ = __mul__

    def __truediv__(self, divisor):
        return NormalDist(self._mu / divisor, self._sigma / math.fabs(divisor))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    def __eq__(self, other):
        if isinstance(other, NormalDist):
            return (self._mu, self._sigma) == (other._mu, other._sigma)
        return NotImplemented

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'
