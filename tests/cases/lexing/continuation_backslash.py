total = 1 + \
    2 + \
        3
print(total)
if total == 6 and \
   total > 5:
    print("joined condition")
name = "ab" \
       "cd"
print(name)
