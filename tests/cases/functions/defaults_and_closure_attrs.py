# __defaults__, __kwdefaults__ and __closure__ with its cells' contents.
def make_counter(start):
    count = start

    def step(by=1, *, loud=False):
        nonlocal count
        count += by
        return count

    return step


c = make_counter(10)
print(c.__defaults__, c.__kwdefaults__, len(c.__closure__))
print(c.__closure__[0].cell_contents)
c(5)
print(c.__closure__[0].cell_contents)


def plain(a, b):
    return a + b


print(plain.__defaults__, plain.__kwdefaults__, plain.__closure__)


def with_mutable_default(item, bucket=[]):
    bucket.append(item)
    return bucket


with_mutable_default(1)
with_mutable_default(2)
print(with_mutable_default.__defaults__)
print((lambda x=1, y="a": 0).__defaults__)
