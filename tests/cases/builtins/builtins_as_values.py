p = print
p("printed via alias")
measure = len
print(measure("four"))
conv = int
print(conv("12") + 1)
