s = "hello world"
print("world" in s, "xyz" in s, "" in s)
print("o w" in s, "h" not in s)
print("a" in "", "" in "")
