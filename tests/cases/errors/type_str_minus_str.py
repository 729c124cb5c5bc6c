print("abc" - "b")
