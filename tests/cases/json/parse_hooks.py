import json
from decimal import Decimal
doc = '{"price": 19.99, "qty": 3, "ratio": 1e-3, "big": 123456789012345678901234567890, "vals": [NaN, Infinity, -Infinity, -0, 0.5]}'
print(json.loads(doc, parse_float=Decimal))
print(json.loads(doc, parse_int=float))
print(json.loads(doc, parse_constant=lambda name: "const:" + name))
print(json.loads(doc, parse_int=str, parse_float=str))
print(json.JSONDecoder(parse_float=Decimal).decode("[1.10, 2]"))
def bad(text):
    raise ValueError("no floats: " + text)
try:
    json.loads("[1, 2.5]", parse_float=bad)
except ValueError as e:
    print(e)
