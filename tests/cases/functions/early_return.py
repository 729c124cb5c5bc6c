def first_multiple(n, limit):
    i = 1
    while i <= limit:
        if i % n == 0:
            return i
        i += 1
    return None

print(first_multiple(7, 100), first_multiple(200, 100))

def find_char(s, target):
    for i in range(len(s)):
        if s[i] == target:
            return i
    return -1

print(find_char("hello", "l"), find_char("hello", "z"))
