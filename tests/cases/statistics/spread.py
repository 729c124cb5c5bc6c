import statistics
from statistics import variance, pvariance, stdev, pstdev, quantiles

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(variance(data), pvariance(data), stdev(data), pstdev(data))
print(variance([1, 2, 3, 4, 5]), pvariance([1, 2, 3, 4, 5]), variance([1, 2, 4]), pvariance([1, 2, 4]))
print(stdev([1, 2, 3, 4, 5]), pstdev([1, 2, 3, 4, 5]), stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(variance([0.1, 0.2, 0.3, 0.4]), stdev([0.1, 0.2, 0.3, 0.4]), pstdev([10**20, 10**20 + 2]))
print(variance([1, 2, 3], xbar=2), variance([1, 2, 3], 2.0), pvariance([1, 2, 3, 4], mu=2.5))
print(stdev([2, 4, 4, 4, 5, 5, 7, 9]), pstdev([2, 4, 4, 4, 5, 5, 7, 9]), pstdev([5]), pvariance([7]))
print(stdev(iter([1, 5, 9])), variance((x * 0.5 for x in range(10))), stdev([True, False]))
print(quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))
print(quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=10))
print(quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(quantiles([1, 2, 3, 4], method="inclusive"), quantiles([2.5, 1.0], n=3))
print(variance([1, float("inf")]), pvariance([float("nan"), 2.0]))


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: statistics.mean([]))
attempt(lambda: statistics.fmean([]))
attempt(lambda: statistics.median([]))
attempt(lambda: statistics.median_low([]))
attempt(lambda: statistics.median_high([]))
attempt(lambda: statistics.mode([]))
attempt(lambda: statistics.variance([1]))
attempt(lambda: statistics.stdev([]))
attempt(lambda: statistics.pvariance([]))
attempt(lambda: statistics.pstdev([]))
attempt(lambda: statistics.quantiles([1]))
attempt(lambda: statistics.quantiles([1, 2], n=0))
attempt(lambda: statistics.quantiles([1, 2], method="odd"))
attempt(lambda: statistics.mean(["a", "b"]))
attempt(lambda: statistics.geometric_mean([1, -2]))
attempt(lambda: statistics.harmonic_mean([1, -2]))
attempt(lambda: statistics.harmonic_mean([]))
attempt(lambda: statistics.fmean([1, 2], weights=[1]))
print(issubclass(statistics.StatisticsError, ValueError))
