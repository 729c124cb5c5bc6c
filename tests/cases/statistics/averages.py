import statistics
from statistics import mean, median, median_low, median_high, mode, multimode, fmean

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(mean([1, 2, 3, 4, 4]), mean([1, 2, 3]), mean([1, 2]), mean(data), mean(range(10)))
print(mean([0.1, 0.2, 0.3]), sum([0.1, 0.2, 0.3]) / 3, mean([1e50, 1, -1e50] * 100))
print(mean([True, False, True]), mean(iter([5, 7])), mean([-1.5, 2]), mean([10**30, 1]))
print(fmean([3.5, 4.0, 5.25]), fmean([1, 2, 3]), fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]))
print(statistics.geometric_mean([54, 24, 36]), statistics.harmonic_mean([40, 60]))
print(statistics.harmonic_mean([2.5, 3, 10]), statistics.harmonic_mean([40, 60], weights=[5, 30]))
print(median([1, 3, 5]), median([1, 3, 5, 7]), median([5, 1, 3, 2]), median([2.5]), median((4, 1)))
print(median_low([1, 3, 5, 7]), median_high([1, 3, 5, 7]), median_low([3, 1, 2]), median_high([9]))
print(median(["b", "a", "c"]), median_low(["b", "a", "c", "d"]))
print(mode([1, 1, 2, 3, 3, 3, 3, 4]), mode(["red", "blue", "blue", "red", "green", "red", "red"]))
print(mode([1, 2, 2, 1]), mode("aabbbcc"), multimode("aabbbbccddddeeffffgg"), multimode([]), multimode([3]))
scores = [88, 92, 79, 93, 85, 92, 71, 88, 95, 92]
print(f"mean={mean(scores)} median={median(scores)} mode={mode(scores)}")
print(f"{mean(scores):.2f} {statistics.stdev(scores):.4f} {statistics.pstdev(scores):.4f}")
print(mean([float("inf"), 1]), mean([float("nan"), 1]))
