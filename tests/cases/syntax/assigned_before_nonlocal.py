def outer():
    count = 0

    def bump():
        count = 1
        nonlocal count

    return bump
