x = 1
if x:
    print("no trailing newline")