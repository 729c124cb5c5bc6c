def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

print(classify(-5), classify(0), classify(7), classify(42))
if 0:
    print("not printed")
elif "":
    print("not printed either")
print("end")
