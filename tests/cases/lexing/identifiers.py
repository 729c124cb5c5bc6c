_ = 1
__x = 2
iff = 3
None_ = 4
True1 = 5
format_ = 6
ifelse = 7
print(_, __x, iff, None_, True1, format_, ifelse)
print(iff + ifelse)
