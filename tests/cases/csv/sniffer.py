# csv.Sniffer: the delimiter, quote character, doublequote and skipinitialspace guessed
# from samples of several shapes, has_header, the delimiters= filter and the failure.
import csv, io
samples = [
    "name,age,city\nAnn,31,Oslo\nBob,25,Rome\nCy,40,Lima\n",
    "a;b;c\n1;2;3\n4;5;6\n",
    "x\ty\n1\t2\n3\t4\n",
    '"name","score"\n"Ann","3.5"\n"Bob","4"\n',
    "'a', 'b'\n'c', 'd'\n",
    "id|title|year\n1|Alien|1979\n2|Heat|1995\n",
    "1,2,3\n4,5,6\n7,8,9\n",
    'title,quote\nA,"He said ""hi"""\nB,"plain"\n',
    "one two three\nfour five six\n",
    "a: b: c\nd: e: f\n",
    "single\ncolumn\nonly\n",
]
for s in samples:
    try:
        d = csv.Sniffer().sniff(s)
        print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, d.quoting, repr(d.lineterminator), end=" ")
        print(csv.Sniffer().has_header(s), list(csv.reader(io.StringIO(s), d))[:2])
    except csv.Error as e:
        print("Error:", e)
print(csv.Sniffer().sniff("a;b,c\n1;2,3\n", delimiters=";").delimiter)
d = csv.Sniffer().sniff("a,b\n1,2\n")
print(d.__name__, d._name, issubclass(d, csv.Dialect))
try:
    csv.Sniffer().sniff("")
except csv.Error as e:
    print(e)
