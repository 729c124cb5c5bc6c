def outer():
    def inner():
        raise KeyError("missing")
    try:
        inner()
    except KeyError as e:
        raise RuntimeError("wrapped") from e
def main():
    try:
        outer()
    except RuntimeError:
        raise TypeError("during handling")
main()
