print(7.5 // 0)
