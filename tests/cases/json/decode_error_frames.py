# Errors from json's decoder pass through the frames CPython's json package shows.
import io
import json
import traceback
from decimal import Decimal

for doc in ['{"a": 1, "b": }', '', '[1, 2] x', '\ufeff{}', '{"a" 1}', '[1, 2', '"abc', 'tru', '[1,]']:
    try:
        json.loads(doc)
    except json.JSONDecodeError:
        traceback.print_exc()
for call in [lambda: json.loads(5), lambda: json.loads("[1.5, x]", parse_float=Decimal),
             lambda: json.JSONDecoder().raw_decode(" 1"), lambda: json.load(io.StringIO("{bad"))]:
    try:
        call()
    except (TypeError, ValueError):
        traceback.print_exc()
print(json.JSONDecoder().raw_decode("[1] tail"), json.loads(b"[1]"), json.loads("NaN"))
print(json.loads("-Infinity", parse_constant=str), json.JSONDecoder().parse_float)
json.loads('{"name": "x", "tags": [1, 2,, 3]}')
