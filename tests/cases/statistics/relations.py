from statistics import covariance, correlation, linear_regression, StatisticsError

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = list(reversed(x))
print(covariance(x, y), covariance(z, x), covariance(x, x))
print(correlation(x, x), correlation(x, z), correlation(x, y))
year = [1971, 1975, 1979, 1982, 1983]
films_total = [1, 2, 3, 4, 5]
slope, intercept = linear_regression(year, films_total)
print(round(slope * 2019 + intercept))
print(linear_regression(x, [2 * v + 1 for v in x]))
print(linear_regression([1, 2, 3], [2.1, 3.9, 6.2], proportional=True))
r = linear_regression([0.5, 1.5, 2.5, 3.5], [1.0, 2.0, 2.5, 4.5])
print(r.slope, r.intercept, type(r).__name__)

for f, args in [(covariance, ([1, 2], [1])), (correlation, ([1], [1])),
                (correlation, ([1, 1, 1], [1, 2, 3])), (linear_regression, ([2, 2], [1, 3])),
                (linear_regression, ([1, 2, 3], [1, 2]))]:
    try:
        print(f(*args))
    except StatisticsError as e:
        print("StatisticsError:", e)
