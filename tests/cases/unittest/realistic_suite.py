import unittest
from unittest import mock
import io, os, csv, tempfile, pathlib, warnings, json
from collections import Counter

calls = []

def setUpModule():
    calls.append('setUpModule')

def tearDownModule():
    calls.append('tearDownModule')
    print(calls)


class Inventory:
    def __init__(self):
        self.items = Counter()
    def add(self, name, n=1):
        if n <= 0:
            raise ValueError(f'bad count {n}')
        self.items[name] += n
    def remove(self, name):
        if not self.items[name]:
            raise KeyError(name)
        self.items[name] -= 1
    def export(self, path):
        with open(path, 'w', newline='') as f:
            w = csv.writer(f)
            for k, v in sorted(self.items.items()):
                w.writerow([k, v])


class BaseMixin:
    def setUp(self):
        self.inv = Inventory()
        calls.append('setUp ' + self.id().split('.')[-1])


class InventoryTests(BaseMixin, unittest.TestCase):
    def test_add(self):
        self.inv.add('apple', 3)
        self.assertEqual(self.inv.items['apple'], 3)
        self.assertDictEqual(dict(self.inv.items), {'apple': 3})

    def test_bad_add(self):
        with self.assertRaisesRegex(ValueError, r'bad count -\d'):
            self.inv.add('x', -1)
        self.assertRaises(KeyError, self.inv.remove, 'ghost')

    def test_export(self):
        self.inv.add('b'); self.inv.add('a', 2)
        with tempfile.TemporaryDirectory() as d:
            p = pathlib.Path(d) / 'out.csv'
            self.inv.export(p)
            self.assertEqual(p.read_text(), 'a,2\r\nb,1\r\n')
            self.assertTrue(p.exists())

    def test_counts(self):
        for name, n in [('a', 1), ('b', 0), ('c', 2)]:
            with self.subTest(name=name, n=n):
                if n == 0:
                    with self.assertRaises(ValueError):
                        self.inv.add(name, n)
                else:
                    self.inv.add(name, n)
        self.assertCountEqual(self.inv.items.elements(), ['a', 'c', 'c'])

    @mock.patch('os.path.exists', return_value=False)
    def test_mocked(self, exists):
        self.assertFalse(os.path.exists('/'))
        exists.assert_called_once_with('/')

    def test_warning(self):
        with self.assertWarns(DeprecationWarning):
            warnings.warn('old', DeprecationWarning)

    def test_json_roundtrip(self):
        self.inv.add('z', 5)
        data = json.dumps(dict(self.inv.items))
        self.assertEqual(json.loads(data), {'z': 5})
        self.assertIsInstance(data, str)
        self.assertGreaterEqual(len(data), 5)


class Failing(unittest.TestCase):
    def test_dict_diff(self):
        self.assertEqual({'a': 1, 'b': [1, 2]}, {'a': 1, 'b': [1, 3]})

    def test_multiline(self):
        self.assertEqual('alpha\nbeta\ngamma\n', 'alpha\nBETA\ngamma\n')

    def test_set(self):
        self.assertEqual({1, 2}, {2, 3})

    def test_tuple(self):
        self.assertTupleEqual((1, 2, 3), (1, 2))

    def test_almost(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.31)

    def test_err_in_helper(self):
        int('not a number')


if __name__ == '__main__':
    unittest.main()
