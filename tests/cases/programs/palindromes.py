def reverse(s):
    out = ""
    for ch in s:
        out = ch + out
    return out

def is_palindrome(s):
    return s == reverse(s)

print(is_palindrome("racecar"), is_palindrome("python"))
count = 0
for n in range(1, 1000):
    if is_palindrome(str(n)) and is_palindrome(str(n * n)):
        print(n, n * n)
        count += 1
print(count)
