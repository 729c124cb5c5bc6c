# close() raises GeneratorExit at the yield, so finally blocks run.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

g = gen()
print(next(g))
print(g.close())
print(g.close())
print(list(g))

def counted():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise

c = counted()
next(c)
c.close()

fresh = gen()
fresh.close()
print(list(fresh))
