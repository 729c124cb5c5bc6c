def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Bob"))
print(greet("Bob", "Hi"))
print(greet("Bob", "Hey", "?"))
