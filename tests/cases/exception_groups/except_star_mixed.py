# A try has except or except* clauses, not both.
try:
    pass
except* ValueError:
    pass
except KeyError:
    pass
