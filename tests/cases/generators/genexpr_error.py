# An error inside a generator expression shows its frame.
def ratios(values):
    return list(10 / v for v in values)

print(ratios([1, 2]))
ratios([1, 0])
