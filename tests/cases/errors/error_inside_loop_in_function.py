def parse_all(s):
    total = 0
    for ch in s:
        total += int(ch)
    return total

print(parse_all("123"))
print(parse_all("12x"))
