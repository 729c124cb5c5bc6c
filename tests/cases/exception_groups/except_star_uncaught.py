# What a try/except* leaves raised and uncaught: a new group around what a clause
# raised (with its context) and the part raised again.
def g():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
    except* TypeError:
        raise


g()
