# Generators chained into a pipeline, each pulling from the one before.
def read(lines):
    for line in lines:
        print("read", line)
        yield line

def strip_comments(lines):
    for line in lines:
        if not line.startswith("#"):
            yield line

def numbers(lines):
    for line in lines:
        yield int(line)

def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v

data = ["1", "# comment", "2", "3", "4"]
print(list(take(2, numbers(strip_comments(read(data))))))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(10)])

def countdown(n):
    while n > 0:
        yield n
        n -= 1

print(list(countdown(5)))
print(list(zip(countdown(3), fib())))
