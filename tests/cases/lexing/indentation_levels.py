# Blocks may use any indentation width, as long as each block is consistent.
x = 3
if x > 1:
  print("two spaces")
  if x > 2:
        print("eight spaces")
        while x > 0:
         x = x - 1
         print("nine", x)
  print("back to two")
print("top level")
