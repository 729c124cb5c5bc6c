café = 3
π = 3.5
名前 = "name"
print(café, π, 名前)
print(café * 2)
