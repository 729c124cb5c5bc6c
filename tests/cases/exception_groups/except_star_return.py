# return cannot leave an except* clause, even after a loop that breaks.
def f():
    try:
        pass
    except* ValueError:
        for x in y:
            break
        return 1
