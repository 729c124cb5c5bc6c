# Failure messages of the comparison assertions in their less common branches.
import unittest


class Unindexable:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        raise IndexError(i)

    def __eq__(self, other):
        return False

    def __repr__(self):
        return 'Unindexable()'


class NoLen:
    def __repr__(self):
        return 'NoLen()'


tc = unittest.TestCase()


def show(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except AssertionError as e:
        print('FAIL', fn.__name__, '|', str(e).replace('\n', '\\n'))
    except Exception as e:
        print(type(e).__name__, fn.__name__, '|', e)
    else:
        print('ok', fn.__name__)


show(tc.assertSequenceEqual, [1, 2, 3], [1, 2, 3, 4, 5])
show(tc.assertSequenceEqual, (1, 2, 3, 4), (1, 2))
show(tc.assertSequenceEqual, [1, 2], (1, 2))
show(tc.assertSequenceEqual, [1, 2], (1, 2), seq_type=list)
show(tc.assertSequenceEqual, [1, 2], [1, 2], seq_type=tuple)
show(tc.assertSequenceEqual, [1, 9, 3], [1, 2, 3], 'custom')
show(tc.assertSequenceEqual, Unindexable(), [1, 2, 3])
show(tc.assertSequenceEqual, [1, 2, 3, 4], Unindexable())
show(tc.assertSequenceEqual, NoLen(), [1])
show(tc.assertSequenceEqual, [1], NoLen())
show(tc.assertListEqual, [1, [2, 3]], [1, [2, 4]])
show(tc.assertTupleEqual, (), ('a',))
show(tc.assertSetEqual, {1, 2}, {2, 3})
show(tc.assertSetEqual, {1}, {1})
show(tc.assertSetEqual, {1}, [1])
show(tc.assertSetEqual, 5, {1})
show(tc.assertSetEqual, frozenset([1]), set())
show(tc.assertDictEqual, {'a': 1}, {'a': 2})
show(tc.assertDictEqual, [], {})
show(tc.assertCountEqual, [1, 1, 2], [1, 2, 2])
show(tc.assertCountEqual, [[1], [1]], [[1], [2]])
show(tc.assertCountEqual, 'abc', 'cba')
show(tc.assertMultiLineEqual, 'one line', 'one lane')
show(tc.assertMultiLineEqual, 'a\nb\n', 'a\nc\n')
show(tc.assertMultiLineEqual, '', 'x')
show(tc.assertMultiLineEqual, 'x', 5)
show(tc.assertAlmostEqual, 1.0, 1.0, places=2, delta=0.1)
show(tc.assertAlmostEqual, 1.0, 1.1, places=2, delta=0.1)
show(tc.assertAlmostEqual, 1.0, 1.5, delta=0.25)
show(tc.assertAlmostEqual, 1.0, 1.001, places=2)
show(tc.assertAlmostEqual, 1.0, 1.001)
show(tc.assertNotAlmostEqual, 1.0, 1.0)
show(tc.assertNotAlmostEqual, 1.0, 1.0, delta=0.5)
show(tc.assertNotAlmostEqual, 1.0, 1.2, delta=0.5)
show(tc.assertNotAlmostEqual, 1.0, 1.001, places=1)
show(tc.assertNotAlmostEqual, 1.0, 1.001, places=1, delta=1)
show(tc.assertLess, 2, 1)
show(tc.assertGreaterEqual, 1, 2, 'why')
show(tc.assertIsNot, None, None)
show(tc.assertNotEqual, 'a', 'a')
show(tc.assertNotIn, 2, [1, 2])
show(tc.assertNotRegex, 'hello world', 'o w')
show(tc.assertRegex, 'hello', 'xyz')
show(tc.assertRegex, 'hello', '')
tc.longMessage = False
show(tc.assertIn, 3, [1], 'only mine')
show(tc.assertIn, 3, [1])
tc.maxDiff = 10
show(tc.assertListEqual, list(range(20)), list(range(1, 21)))
tc.addTypeEqualityFunc(int, lambda a, b, msg=None: print('custom int compare', a, b))
tc.assertEqual(3, 4)
tc.assertEqual(3, 3.5) if False else show(tc.assertEqual, 3, 3.5)
