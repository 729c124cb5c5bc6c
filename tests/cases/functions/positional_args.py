def add(a, b):
    return a + b

def describe(name, age, city):
    print(name, "is", age, "from", city)

print(add(2, 3), add("x", "y"))
describe("Ann", 30, "Oslo")
