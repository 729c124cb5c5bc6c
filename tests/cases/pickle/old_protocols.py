# Protocols 0 and 1 byte for byte (text strings with escaped characters,
# repeated strings through the memo), loading opcodes CPython itself no
# longer writes (INST, OBJ, STRING, LONG, PUT/GET), extension codes and
# persistent ids.
import copyreg
import io
import pickle

s = 'line\nwith \\ and \r and \x00 and \x1a'
for proto in (0, 1):
    data = pickle.dumps([s, s, 'plain', 'plain', 2**40, -7, 1.5, True, b'\xff', ()], proto)
    print(proto, data)
    print(pickle.loads(data))


class Old:
    def __init__(self, *args):
        self.args = args


hand_made = [
    b'(I1\nI2\nlp0\n(g0\ng0\nt.',
    b"S'esc\\x41\\n'\np0\n.",
    b'(S"two"\nS\'q\'\nt.',
    b'L123456789012345678901234567890L\n.',
    b'I00\n.', b'I01\n.', b'F2.5\n.',
    b'(I1\nI2\ni__main__\nOld\n.',
    b'(c__main__\nOld\nI7\no.',
    b'(c__main__\nOld\no.',
    b'c__builtin__\nlist\n((I3\nttR.',
    b'Vunicode \\u20ac\n.',
    b'\x80\x02]q\x00(K\x01h\x00e.',
    b'(dp0\nS\'k\'\np1\nI1\ns.',
]
for data in hand_made:
    value = pickle.loads(data)
    print(type(value).__name__, vars(value) if isinstance(value, Old) else value)
print(pickle.loads(b"S'bytes'\n.", encoding='bytes'))
print(pickle.loads(b"U\x03\xe9t\xe9.", encoding='latin-1'))

copyreg.add_extension('collections', 'OrderedDict', 200)
try:
    from collections import OrderedDict
    data = pickle.dumps(OrderedDict(a=1), 2)
    print(data)
    print(pickle.loads(data))
    print(pickle.loads(b'\x80\x02\x82\xc8)R.'))
finally:
    copyreg.remove_extension('collections', 'OrderedDict', 200)
try:
    pickle.loads(b'\x80\x02\x82\xc9)R.')
except ValueError as e:
    print('ValueError:', e)


class Saver(pickle.Pickler):
    def persistent_id(self, obj):
        return f'ref:{obj}' if isinstance(obj, str) and obj.startswith('@') else None


class Loader(pickle.Unpickler):
    def persistent_load(self, pid):
        return pid.upper()


for proto in (0, 2, 4):
    buf = io.BytesIO()
    Saver(buf, proto).dump(['@a', 'b', '@c'])
    print(buf.getvalue())
    print(Loader(io.BytesIO(buf.getvalue())).load())
try:
    pickle.loads(b'Pxyz\n.')
except pickle.UnpicklingError as e:
    print('UnpicklingError:', e)
