from statistics import NormalDist, StatisticsError

nd = NormalDist(100, 15)
print(nd, nd.mean, nd.median, nd.mode, nd.stdev, nd.variance)
print(nd.cdf(130), nd.pdf(100), nd.pdf(70), nd.zscore(130))
print(nd.inv_cdf(0.5), nd.inv_cdf(0.975), nd.inv_cdf(0.01), nd.inv_cdf(1e-10), nd.inv_cdf(0.999999))
print(nd.quantiles(), [round(x, 6) for x in nd.quantiles(10)])
print(NormalDist().inv_cdf(0.3), NormalDist().inv_cdf(0.05), NormalDist().cdf(-1.96))
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), nd.overlap(NormalDist(110, 15)))
temps = [4.0, 4.5, 5.25, 6.0, 6.5, 7.0, 7.75, 8.25, 9.0, 9.5]
fit = NormalDist.from_samples(temps)
print(fit, round(fit.cdf(8), 6))
print(NormalDist.from_samples([1, 2, 3, 4]))
print(nd + 10, nd - 5, nd * 2, nd / 3, 2 * nd, 10 + nd, 200 - nd, -nd, +nd)
print(nd + NormalDist(10, 20), nd - NormalDist(0, 20))
print(nd == NormalDist(100, 15), nd == NormalDist(100, 16), nd == 5, hash(nd) == hash(NormalDist(100.0, 15.0)))
samples = NormalDist(50, 5).samples(5, seed=42)
print([round(x, 9) for x in samples])
for f in (lambda: NormalDist(0, -1), lambda: NormalDist(1, 0).cdf(1), lambda: NormalDist(1, 0).pdf(1),
          lambda: nd.inv_cdf(0), lambda: nd.inv_cdf(1.5), lambda: NormalDist(1, 0).zscore(2),
          lambda: NormalDist.from_samples([1]), lambda: nd.overlap(3), lambda: NormalDist(0, 0).inv_cdf(0.5)):
    try:
        print(f())
    except (StatisticsError, TypeError) as e:
        print(type(e).__name__ + ":", e)
