"""Statistics of numeric data: averages (mean, fmean, geometric_mean,
harmonic_mean, median, median_low, median_high, mode, multimode), spread
(variance, pvariance, stdev, pstdev), quantiles, and relations between two
samples (covariance, correlation, linear_regression).

The averages and spreads sum exactly: each value becomes a fraction
(numerator, denominator) of Python ints, and only the final result is
rounded, so results match CPython's to the last bit. Data may be int, bool
or float."""

import math
from collections import Counter, namedtuple

__all__ = ['StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean',
           'mean', 'median', 'median_high', 'median_low', 'mode', 'multimode',
           'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance',
           'covariance', 'correlation', 'linear_regression']


class StatisticsError(ValueError):
    pass


# ---- exact fractions as (numerator, denominator) pairs, denominator > 0 ----

def _ratio(x):
    if isinstance(x, int):
        return int(x), 1
    if isinstance(x, float):
        if not math.isfinite(x):
            return None
        mantissa, exponent = math.frexp(x)
        # 53 bits of mantissa make an exact integer.
        n = int(mantissa * 9007199254740992)
        exponent -= 53
        if exponent >= 0:
            return n << exponent, 1
        return _reduce(n, 1 << -exponent)
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


def _result_type(data_types):
    """int unless a float is present; other types are refused."""
    result = int
    for t in data_types:
        if issubclass(t, float):
            result = t if result is int else result
        elif not issubclass(t, int):
            raise TypeError(f"can't convert type '{t.__name__}' to numerator/denominator")
    return result


def _convert(value, T):
    """An exact fraction as type T (an int only when it is whole)."""
    n, d = value
    if issubclass(T, int) and d == 1:
        return T(n)
    return n / d


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
        raise StatisticsError('mean requires at least one data point')
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
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """The smaller of the two middle values when their number is even."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """The larger of the two middle values when their number is even."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def mode(data):
    """The most common value; the first seen among equally common ones."""
    pairs = Counter(iter(data)).most_common(1)
    if not pairs:
        raise StatisticsError('no mode for empty data')
    return pairs[0][0]


def multimode(data):
    """Every most common value, in order of first appearance."""
    counts = Counter(iter(data))
    if not counts:
        return []
    most = max(counts.values())
    return [value for value, count in counts.items() if count == most]


def _spread(data, centre, minimum, name, offset):
    """(type, exact sum of squared deviations / (n - offset)), or (type, a
    non-finite float) when the data hold infinities or NaNs."""
    if centre is None:
        s = _Summary(data)
    else:
        # Deviations from a given centre, summed exactly as they are.
        s = _Summary((x - centre) * (x - centre) for x in data)
    if s.count < minimum:
        points = 'two data points' if minimum == 2 else 'one data point'
        raise StatisticsError(f'{name} requires at least {points}')
    if s.special is not None:
        return s.type, s.special / (s.count - offset)
    ssd = s.total if centre is not None else s.sum_sq_dev()
    return s.type, _div_int(ssd, s.count - offset)


def variance(data, xbar=None):
    """The sample variance (divided by n - 1)."""
    T, value = _spread(data, xbar, 2, 'variance', 1)
    return value if isinstance(value, float) else _convert(value, T)


def pvariance(data, mu=None):
    """The population variance (divided by n)."""
    T, value = _spread(data, mu, 1, 'pvariance', 0)
    return value if isinstance(value, float) else _convert(value, T)


def _sqrt_of_fraction(value):
    """The square root of an exact fraction, correctly rounded to a float."""
    n, m = value
    # Enough bits that rounding the integer root to odd, then to a float,
    # rounds correctly.
    shift = (_bit_length(n) - _bit_length(m) - 109) // 2
    if shift >= 0:
        root = _isqrt_round_odd(n, m << 2 * shift)
        return float(root << shift)
    return _isqrt_round_odd(n << -2 * shift, m) / (1 << -shift)


def _bit_length(n):
    return len(bin(n)) - 2 if n > 0 else 0


def _isqrt_round_odd(n, m):
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


def stdev(data, xbar=None):
    """The sample standard deviation."""
    T, value = _spread(data, xbar, 2, 'stdev', 1)
    return math.sqrt(value) if isinstance(value, float) else _sqrt_of_fraction(value)


def pstdev(data, mu=None):
    """The population standard deviation."""
    T, value = _spread(data, mu, 1, 'pstdev', 0)
    return math.sqrt(value) if isinstance(value, float) else _sqrt_of_fraction(value)


def quantiles(data, *, n=4, method='exclusive'):
    """n - 1 cut points dividing the data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError(f'Unknown method: {method!r}')


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


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


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
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)
