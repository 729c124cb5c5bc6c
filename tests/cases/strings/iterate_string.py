for ch in "abc":
    print(ch)
count = 0
for ch in "mississippi":
    if ch == "s":
        count += 1
print(count)
for ch in "":
    print("never")
print("done")
