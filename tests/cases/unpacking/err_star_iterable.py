try:
    [*1]
except TypeError as e:
    print(e)
try:
    (1, *None)
except TypeError as e:
    print(e)
try:
    {*3}
except TypeError as e:
    print(e)
try:
    {**[1]}
except TypeError as e:
    print(e)
try:
    {*[[1]]}
except TypeError as e:
    print(e)
{**1}
