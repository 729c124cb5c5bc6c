x = 1
y = (x +
     "two" +
     3)
