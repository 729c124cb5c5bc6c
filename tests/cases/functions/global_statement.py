counter = 0

def increment():
    global counter
    counter += 1

def set_new():
    global created
    created = "made inside function"

for i in range(5):
    increment()
print(counter)
set_new()
print(created)
