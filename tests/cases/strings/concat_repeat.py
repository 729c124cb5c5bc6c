print("ab" + "cd")
print("ab" * 3, 3 * "ab")
print("x" * 0 + "|", "x" * -2 + "|")
print("-" * 20)
print("a" * True, "b" * False + "|")
s = "ha"
s *= 3
print(s)
s += "!"
print(s)
