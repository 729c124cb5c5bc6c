# A tour of what gilpy runs today: the language core of Python 3.11.
# Run it with: cargo run --release -- scripts/demo.py

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result


print("Recursion:      fib(20) =", fib(20))
print("Big integers:   2**100 =", 2 ** 100)
print("                25! =", factorial(25))
print("Floor division: -7 // 2 =", -7 // 2, " -7 % 2 =", -7 % 2)
print("Floats:         0.1 + 0.2 =", 0.1 + 0.2, " 1e16 =", 1e16, " 7 / 2 =", 7 / 2)
print("Strings:        'ab' * 3 =", "ab" * 3, " len('héllo') =", len("héllo"))
print("Chained:        1 < 2 < 3 is", 1 < 2 < 3, "; 0 or 'default' ->", 0 or "default")

longest = max(range(1, 1000), key=collatz_steps)
print(f"Collatz:        {longest} takes {collatz_steps(longest)} steps (longest below 1000)")

a, b = 1, 2
a, b = b, a
print("Swap:           a, b =", a, b)
print(f"f-strings:      {3.14159:.2f} {255:#x} {'left':<6}| {42:>5}")


def tally(*args, sep=", "):
    text = ""
    for x in args:
        text = text + (sep if text else "") + str(x)
    return text


print("Arguments:      ", tally(1, 2, 3, sep=" | "))
