s = "abc"
print(-s)
