import csv
import io
import os

rows = [{'id': 1, 'name': 'Ann', 'city': 'Paris'}, {'id': 2, 'name': 'Bo, Jr.'}]
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=['id', 'name', 'city'], restval='?')
print(w.writeheader())
w.writerows(rows)
print(w.writerow({'id': 3, 'city': 'Rome'}))
print(repr(out.getvalue()))
try:
    w.writerow({'id': 4, 'extra': 1, 'more': 2})
except ValueError as e:
    print('ValueError:', e)
csv.DictWriter(out, ['id'], extrasaction='ignore').writerow({'id': 5, 'junk': 0})
try:
    csv.DictWriter(out, ['id'], extrasaction='maybe')
except ValueError as e:
    print('ValueError:', e)

r = csv.DictReader(io.StringIO(out.getvalue()))
print(r.fieldnames, r.line_num)
for row in r:
    print(r.line_num, row)

data = 'a,b\n1,2,3,4\n\n5\n'
r = csv.DictReader(io.StringIO(data), restkey='rest', restval='none')
print(list(r))
r = csv.DictReader(io.StringIO('1,2\n'), fieldnames=['x', 'y'])
print(list(r), r.fieldnames)
print(csv.DictReader(io.StringIO('')).fieldnames)


class Pipes(csv.Dialect):
    delimiter = '|'
    quotechar = "'"
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False


csv.register_dialect('pipes', Pipes)
csv.register_dialect('semi', delimiter=';', quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()))
d = csv.get_dialect('semi')
print(d.delimiter, d.quoting, repr(d.lineterminator), d.quotechar, d.doublequote)
out = io.StringIO()
csv.writer(out, 'pipes').writerow(['a|b', "it's", 'c'])
csv.writer(out, 'semi').writerow(['x', 1])
csv.writer(out, Pipes, delimiter=',').writerow(['p', 'q'])
print(repr(out.getvalue()))
print(list(csv.reader(io.StringIO(out.getvalue()), 'pipes')))
csv.unregister_dialect('semi')
for call in (lambda: csv.get_dialect('semi'), lambda: csv.unregister_dialect('semi')):
    try:
        call()
    except csv.Error as e:
        print('Error:', e)


class Broken(csv.Dialect):
    delimiter = ''


try:
    Broken()
except csv.Error as e:
    print('Error:', e)
print(csv.excel.delimiter, repr(csv.excel.lineterminator), csv.unix_dialect.quoting,
      csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
try:
    list(csv.reader(['x' * 11]))
except csv.Error as e:
    print('Error:', e)
csv.field_size_limit(131072)
print(issubclass(csv.Error, Exception), csv.Error.__module__)

path = 'csv_dicts_dialects.tmp'
with open(path, 'w', newline='') as f:
    writer = csv.writer(f)
    writer.writerow(['k', 'v'])
    writer.writerows([['one', 'line\nbreak'], ['two', '2']])
with open(path, newline='') as f:
    print(list(csv.DictReader(f)))
with open(path, 'rb') as f:
    print(f.read())
os.remove(path)
