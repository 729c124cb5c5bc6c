word = "loop"
for ch in word:
    print(ch, end=".")
print()
for ch in "ab":
    for d in "12":
        print(ch + d, end=" ")
print()
