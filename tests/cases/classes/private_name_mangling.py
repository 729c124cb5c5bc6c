# Inside a class, names of the form __name are mangled to _Class__name: attributes,
# methods and class variables, annotations; outside the class they are not.
import dataclasses


class Account:
    __count = 0

    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance
        Account.__count += 1

    def __validate(self, amount):
        if amount <= 0:
            raise ValueError("bad amount")

    def deposit(self, amount):
        self.__validate(amount)
        self.__balance += amount

    @property
    def balance(self):
        return self.__balance

    @classmethod
    def count(cls):
        return cls.__count


a = Account("ann", 10)
a.deposit(5)
print(a.balance, Account.count(), vars(a), a._Account__balance)
print(sorted(k for k in Account.__dict__ if k.startswith("_Account")))
try:
    print(a.__balance)
except AttributeError as e:
    print("AttributeError:", e)
try:
    a.__validate(1)
except AttributeError as e:
    print("AttributeError:", e)
a.__balance = 999
print(a.balance, a.__balance, sorted(vars(a)))


class Sub(Account):
    def peek(self):
        try:
            return self.__balance
        except AttributeError as e:
            return f"AttributeError: {e}"


print(Sub("bo", 3).peek())


class _Hidden:
    def __init__(self):
        self.__x = 1


class ___:
    def __init__(self):
        self.__x = 1


print(vars(_Hidden()), vars(___()))


class Outer:
    class Inner:
        def __init__(self):
            self.__v = 1

    def __init__(self):
        self.__w = [i for i in range(3) if self.__keep(i)]

    def __keep(self, i):
        return i != 1

    def read(self):
        return (lambda: self.__w)()


print(vars(Outer.Inner()), Outer().read(), vars(Outer()))


@dataclasses.dataclass
class Point:
    __tag: str = "p"
    x: int = 0


print(Point(), [f.name for f in dataclasses.fields(Point)], Point.__annotations__)
print(hasattr(a, "__balance"), getattr(a, "_Account__balance"), a.__dict__.get("__dunder__"))
