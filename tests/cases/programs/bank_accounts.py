class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("Deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise ValueError(f"Insufficient funds: {self._balance} < {amount}")
        self._balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance})"
    def __str__(self):
        return f"{self.owner}: ${self._balance:,.2f}"
    def __eq__(self, other):
        return isinstance(other, Account) and self.owner == other.owner
    def __lt__(self, other):
        return self._balance < other._balance

accts = [Account("alice", 100), Account("bob", 50), Account("carol", 1234.5)]
accts[0].deposit(20).deposit(30)
try:
    accts[1].withdraw(500)
except ValueError as e:
    print("error:", e)
print(sorted(accts))
print(max(accts))
for a in accts:
    print(a, repr(a), a.history)
print(accts[0] == Account("alice"), accts[0] != accts[1])
d = {a.owner: a.balance for a in accts}
print(d)
print(sorted(d.items(), key=lambda kv: -kv[1]))
print(Account.interest, accts[0].interest)
print(hasattr(accts[0], 'balance'), getattr(accts[0], 'nope', 'default'))
print(vars(accts[1]))
print(type(accts[0]).__name__, Account.__name__, Account.__qualname__)
print(isinstance(accts[0], object), issubclass(Account, object))
try:
    accts[0].balance = 5
except AttributeError as e:
    print("AttributeError:", e)
import math
print(f"{math.pi:10.4f}|{42:<6}|{42:^6}|{42:>6}|{'x':*^7}|{1234567:,}|{0.5:%}|{255:#x}|{255:08b}")
print("{:>10} {:<5} {}".format("a", "b", 3.0))
print("%s is %d years and %.1f%%" % ("Bob", 30, 99.5))
words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(freq)
print(sorted(freq, key=freq.get, reverse=True)[:3])
from collections import Counter, defaultdict
print(Counter(words).most_common(2))
dd = defaultdict(list)
for w in words:
    dd[len(w)].append(w)
print(dict(dd))
print(list(zip(*[(1, 'a'), (2, 'b')])))
print([i * j for i in range(3) for j in range(3) if i != j])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)])
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), divmod(-7, 2), pow(3, 4, 5))
print(any([x > 5 for x in [1, 2]]), all([]), sum([0.1] * 10))
