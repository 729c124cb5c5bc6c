import json

doc = '''
{
  "name": "Ada", "age": 36, "scores": [1, 2.5, -3e2, 0, -0.0, 1E3, 12345678901234567890],
  "ok": true, "bad": false, "nothing": null,
  "esc": "a\\"b\\\\c\\/d\\n\\t\\u00e9\\ud83d\\ude00", "empty": {}, "list": []
}
'''
v = json.loads(doc)
print(v)
print(type(v["age"]).__name__, type(v["scores"][1]).__name__, v["scores"][-1])
print(json.loads("[NaN, Infinity, -Infinity]"))
print(json.loads(b'{"bytes": [1, 2]}'))
print(json.loads('  "x"  '), json.loads("3"), json.loads("null"))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"b": 1, "a": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads(json.dumps({"k": ["v", 1, None, True]})) == {"k": ["v", 1, None, True]})

bad = ['', '  ', '[1,]', '{"a":1,}', '{"a" 1}', '{a:1}', '[1 2]', '"abc', '"a\\qb"',
       '"a\\u12"', '"a\nb"', '1 2', '[', '{"a":', '-', '01', '1.', 'nul', '[1,2',
       '{"a":1', '\n\n  [1,\n  2,,]', '{"x": tru}', '\ufeff[]']
for s in bad:
    try:
        json.loads(s)
    except json.JSONDecodeError as e:
        print(repr(s), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)

try:
    json.loads(5)
except TypeError as e:
    print("TypeError", e)
try:
    json.loads("{")
except ValueError as e:
    print(type(e).__name__, isinstance(e, ValueError), e)
