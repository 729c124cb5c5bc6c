# The messages of the assert methods, caught directly.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(name, *args, **kwargs):
    try:
        getattr(t, name)(*args, **kwargs)
    except AssertionError as e:
        print(f'{name}: {e}')
    except Exception as e:
        print(f'{name}: {type(e).__name__}: {e}')
    else:
        print(f'{name}: passed')


check('assertEqual', 1, 1)
check('assertEqual', 1, 2)
check('assertEqual', 1, 2, 'custom')
check('assertEqual', 'abc', 'abd')
check('assertEqual', 'one\ntwo\nthree\n', 'one\nTwo\nthree\n')
check('assertEqual', [1, 2, 3], [1, 2])
check('assertEqual', [1, 2], [1, 2, 3])
check('assertEqual', (1, 'a'), (1, 'b'))
check('assertEqual', {'a': 1, 'b': 2}, {'a': 1, 'b': 3})
check('assertEqual', {1, 2, 3}, {2, 3, 4})
check('assertEqual', frozenset([1]), frozenset())
check('assertEqual', 1.5, 2)
check('assertEqual', [1, 2], (1, 2))
check('assertEqual', 'x' * 100, 'x' * 99 + 'y')
check('assertEqual', list(range(40)), list(range(39)) + [1000])
check('assertEqual', {'k%d' % i: i for i in range(25)}, {'k%d' % i: i + 1 for i in range(25)})
check('assertNotEqual', 3, 3)
check('assertNotEqual', 3, 4)
check('assertTrue', 0)
check('assertTrue', [], 'empty')
check('assertFalse', 'x')
check('assertIn', 4, [1, 2, 3])
check('assertIn', 'z', 'abc')
check('assertNotIn', 2, {1: 'a', 2: 'b'})
check('assertIs', [], [])
check('assertIsNot', None, None)
check('assertIsNone', 0)
check('assertIsNotNone', None)
check('assertIsInstance', 3, str)
check('assertIsInstance', 3, (str, float))
check('assertNotIsInstance', 3, int)
check('assertGreater', 1, 2)
check('assertGreaterEqual', 1, 2)
check('assertLess', 2, 1)
check('assertLessEqual', 'b', 'a')
check('assertAlmostEqual', 1.0, 1.00000001)
check('assertAlmostEqual', 1.0, 1.1)
check('assertAlmostEqual', 1.0, 1.1, places=3)
check('assertAlmostEqual', 10, 12, delta=1)
check('assertAlmostEqual', 10, 12, delta=3)
check('assertAlmostEqual', 1, 2, places=1, delta=1)
check('assertNotAlmostEqual', 1.0, 1.00000001)
check('assertNotAlmostEqual', 10, 12, delta=3)
check('assertCountEqual', [1, 2, 2, 3], [3, 2, 1, 2])
check('assertCountEqual', [1, 2, 2], [2, 1, 1, 4])
check('assertCountEqual', [[1], [2]], [[2], [1], [1]])
check('assertListEqual', [1], (1,))
check('assertTupleEqual', (1,), [1])
check('assertDictEqual', [], {})
check('assertMultiLineEqual', 1, 'a')
check('assertSetEqual', {1}, [1])
check('assertSetEqual', 1, {1})
check('assertSequenceEqual', 'abc', 'abd')
check('assertRegex', 'hello world', r'wor+ld$')
check('assertRegex', 'hello', r'\d+')
check('assertNotRegex', 'abc123', r'\d+')
check('fail')
check('fail', 'boom')

t.longMessage = False
check('assertEqual', 1, 2, 'only this')
check('assertEqual', 1, 2)
t.longMessage = True
t.maxDiff = None
check('assertEqual', [0] * 30 + [1], [0] * 30 + [2])
t.maxDiff = 10
check('assertEqual', [0, 1], [0, 2])


def raiser(exc):
    raise exc


check('assertRaises', ValueError, raiser, ValueError('v'))
check('assertRaises', ValueError, lambda: None)
check('assertRaises', ValueError, int, '3')
check('assertRaises', (KeyError, IndexError), lambda: None)
check('assertRaises', 'notatype', int)
check('assertRaises', ValueError, bogus=1)
check('assertRaisesRegex', ValueError, 'invalid', int, 'x')
check('assertRaisesRegex', ValueError, '^nomatch$', int, 'x')

with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception)
with t.assertRaisesRegex(KeyError, 'miss') as cm:
    {}['missing']
print(repr(cm.exception), cm.exception.args)
try:
    with t.assertRaises(TypeError, msg='extra info'):
        pass
except AssertionError as e:
    print('AssertionError:', e)
try:
    with t.assertRaises(TypeError):
        raise ValueError('not caught')
except ValueError as e:
    print('passes through:', e)
