s = "abc\
def"
print(s)
print(len(s))
t = 'x\
\
y'
print(t)
