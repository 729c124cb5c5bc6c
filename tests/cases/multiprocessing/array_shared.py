from multiprocessing import Process, Array, Value

def square_all(arr, n):
    for i in range(len(arr)):
        arr[i] = arr[i] ** 2
    n.value = len(arr)

arr = Array('d', [1.0, 2.0, 3.0, 4.5])
n = Value('i')
p = Process(target=square_all, args=(arr, n))
p.start()
p.join()
print(arr[:], n.value)
print(list(arr), arr[-1], arr[1:3], len(arr))
ints = Array('i', 3)
ints[0] = 7
ints[1:3] = [8, 9]
print(ints[:])
try:
    ints[3]
except IndexError as e:
    print("IndexError:", e)
