try:
    x = {1}.add(1, 2)
    print('ok')
except Exception as e:
    print(type(e).__name__, e)
try:
    x = {1}.union(1)
    print('ok')
except Exception as e:
    print(type(e).__name__, e)
try:
    x = {1}.issubset(1)
    print('ok')
except Exception as e:
    print(type(e).__name__, e)
try:
    x = {1}.remove([])
    print('ok')
except Exception as e:
    print(type(e).__name__, e)
try:
    x = {1} < 3
    print('ok')
except Exception as e:
    print(type(e).__name__, e)
try:
    x = {1} + {2}
    print('ok')
except Exception as e:
    print(type(e).__name__, e)
try:
    x = set(a=1)
    print('ok')
except Exception as e:
    print(type(e).__name__, e)
try:
    x = frozenset(1, 2)
    print('ok')
except Exception as e:
    print(type(e).__name__, e)
try:
    x = {1}.discard()
    print('ok')
except Exception as e:
    print(type(e).__name__, e)
try:
    x = set.add(1, 2)
    print('ok')
except Exception as e:
    print(type(e).__name__, e)
try:
    x = {1}.update(5)
    print('ok')
except Exception as e:
    print(type(e).__name__, e)
try:
    x = {1}.copy(1)
    print('ok')
except Exception as e:
    print(type(e).__name__, e)
try:
    x = {1}.isdisjoint()
    print('ok')
except Exception as e:
    print(type(e).__name__, e)
try:
    x = {1}.symmetric_difference(1)
    print('ok')
except Exception as e:
    print(type(e).__name__, e)
try:
    x = hash(set())
    print('ok')
except Exception as e:
    print(type(e).__name__, e)
try:
    x = {1} in {[1]}
    print('ok')
except Exception as e:
    print(type(e).__name__, e)
try:
    x = [] in {1}
    print('ok')
except Exception as e:
    print(type(e).__name__, e)
try:
    x = -{1}
    print('ok')
except Exception as e:
    print(type(e).__name__, e)
try:
    x = {1} * 2
    print('ok')
except Exception as e:
    print(type(e).__name__, e)
try:
    x = {**{1: 2}, **None}
    print('ok')
except Exception as e:
    print(type(e).__name__, e)
try:
    x = set([[1]])
    print('ok')
except Exception as e:
    print(type(e).__name__, e)
try:
    set.add()
except TypeError as e:
    print(e)
