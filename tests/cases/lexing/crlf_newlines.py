x = 2
if x:
    print("crlf line endings")
y = (1 +
     2)
print(y)
