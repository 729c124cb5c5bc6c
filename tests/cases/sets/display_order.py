print({3, 1, 2})
print({7, 15, 4})
a, b, c = 7, 15, 4
print({a, b, c})
print({-1, 4, (1, 2), 7.5, 'x' == 'x'})
print({1, 1.0, True}, {0, False, 0.0})
print({100, 3, 1000, 17, 33, 65})
for x in {1, 2, 3}:
    print(x)
for x in {7, 15}:
    print(x)
print([x for x in {7, 15}], [y for x in [0] for y in {23, 7}])
print({7, 15}, 15 in {7, 15})
