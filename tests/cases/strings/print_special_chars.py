print("a\tb")
print("quote: ' and \"")
print("backslash: \\")
print("unicode: \u2603 \u00e9")
