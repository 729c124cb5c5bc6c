# A value json cannot encode raises from JSONEncoder.default, through the frames
# CPython's json package shows.
import json


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


for bad in [{(1, 2): 3}, [float("nan")]]:
    try:
        json.dumps(bad, allow_nan=False)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(json.dumps({"p": [1, 2]}), json.JSONEncoder().encode([1]), list(json.JSONEncoder().iterencode({})))
json.dumps({"origin": Point(0, 0)})
