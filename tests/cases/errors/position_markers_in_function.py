def ratio(total, count):
    scaled = total * 100
    return scaled / count

print(ratio(5, 2))
print(ratio(5, 0))
