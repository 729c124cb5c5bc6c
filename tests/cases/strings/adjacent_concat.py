print("a" "b" 'c')
s = ("first "
     "second "
     'third')
print(s)
print(r"\d" "\t" + "|")
print("" "" "x")
print(len("ab" "cd"))
