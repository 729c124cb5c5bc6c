import csv
import io

text = 'name,age,note\r\nalice,30,"likes ""quotes"""\r\nbob,25,"multi\nline"\r\n\r\ncarol,,"a,b"\r\n'
r = csv.reader(io.StringIO(text, newline=''))
for row in r:
    print(r.line_num, row)

print(list(csv.reader(['a, b,  c'], skipinitialspace=True)))
print(list(csv.reader(['a;b;"c;d"'], delimiter=';')))
print(list(csv.reader(['1,"x",2.5,'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a\\,b,c'], escapechar='\\')))
print(list(csv.reader(['a,b\\,c'], quoting=csv.QUOTE_NONE, escapechar='\\')))
print(list(csv.reader(['"abc"def,x'])))
print(list(csv.reader(['"unterminated'])))
print(list(csv.reader(['x\ty\tz'], dialect='excel-tab')))
print(list(csv.reader(['a,b\n', 'c,d\n'])))
print(list(csv.reader([])))
for bad, kw in [(['"a"b,c'], {'strict': True}), (['a\rb'], {}), (['"open'], {'strict': True}),
                ([b'bytes'], {}), (['1,abc'], {'quoting': csv.QUOTE_NONNUMERIC}),
                (['a\0b'], {})]:
    try:
        print(list(csv.reader(bad, **kw)))
    except (csv.Error, ValueError) as e:
        print(type(e).__name__, e)

out = io.StringIO()
w = csv.writer(out)
print(w.writerow(['plain', 'with,comma', 'with "quote"', 'multi\nline', '', None, 3, 2.5, True]))
w.writerow([''])
w.writerow([])
w.writerows([[1, 2], ['x', 'y']])
print(repr(out.getvalue()))

for kw in [dict(quoting=csv.QUOTE_ALL), dict(quoting=csv.QUOTE_NONNUMERIC),
           dict(quoting=csv.QUOTE_NONE, escapechar='\\'), dict(doublequote=False, escapechar='\\'),
           dict(delimiter='|', lineterminator='\n'), dict(dialect='unix'),
           dict(quotechar="'")]:
    out = io.StringIO()
    csv.writer(out, **kw).writerow(['a', 'b|c', 'say "hi"', "it's", 1, 2.0, None, 'x,y'])
    print(kw, repr(out.getvalue()))
for kw, row in [(dict(quoting=csv.QUOTE_NONE), ['a,b']), (dict(doublequote=False), ['"']),
                (dict(quoting=csv.QUOTE_NONE), [''])]:
    try:
        csv.writer(io.StringIO(), **kw).writerow(row)
    except csv.Error as e:
        print('Error', e)
try:
    csv.writer(io.StringIO()).writerow(5)
except csv.Error as e:
    print('Error', e)
for kw in [dict(delimiter=''), dict(delimiter=3), dict(quoting=9), dict(quotechar=None),
           dict(lineterminator=None), dict(bogus=1), dict(dialect='nope')]:
    try:
        csv.writer(io.StringIO(), **kw)
    except (TypeError, csv.Error) as e:
        print(type(e).__name__, e)
try:
    csv.writer(3)
except TypeError as e:
    print('TypeError', e)
try:
    csv.reader(3)
except TypeError as e:
    print('TypeError', e)
