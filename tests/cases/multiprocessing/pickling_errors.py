from multiprocessing import Pool


def outer():
    def inner(x):
        return x
    return inner


if __name__ == "__main__":
    with Pool(1) as p:
        for f in (lambda x: x, outer()):
            try:
                p.map(f, [1])
            except Exception as e:
                print(type(e).__module__, type(e).__name__, str(e).replace(hex(id(f)), "ADDR"))
        print(p.map(abs, [-3]))
