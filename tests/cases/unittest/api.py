# Suites, loaders, results and runners used directly.
import io
import unittest


class Math(unittest.TestCase):
    def test_add(self):
        self.assertEqual(2 + 2, 4)

    def test_bad(self):
        self.assertEqual(2 * 2, 5)

    def test_regex_mismatch(self):
        self.assertRaisesRegex(ValueError, 'expected text', int, 'x')

    def helper(self):
        pass


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Math))
suite = loader.loadTestsFromTestCase(Math)
print(suite.countTestCases(), [t.id() for t in suite])
print(repr(Math('test_add')), str(Math('test_add')), Math('test_add') == Math('test_add'))
print(Math('test_add').shortDescription(), Math('test_add').countTestCases())
try:
    Math('test_missing')
except ValueError as e:
    print('ValueError:', e)

result = unittest.TestResult()
suite.run(result)
print(result, result.wasSuccessful(), len(result.failures))
for test, text in result.failures:
    print(test)
    print(text)

single = unittest.TestResult()
Math('test_add').run(single)
print(single.testsRun, single.wasSuccessful())
print(Math('test_add').run())

stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, failfast=True)
runner.run(unittest.TestSuite([Math('test_bad'), Math('test_add')]))
print(stream.getvalue())


def plain():
    raise AssertionError('arithmetic')


ftc = unittest.FunctionTestCase(plain, description='a plain function')
print(ftc, ftc.shortDescription(), ftc.id())
stream = io.StringIO()
unittest.TextTestRunner(stream=stream, verbosity=2).run(ftc)
print(stream.getvalue())

stream = io.StringIO()
prog = unittest.main(argv=['prog', 'Math.test_add'], exit=False,
                     testRunner=unittest.TextTestRunner(stream=stream))
print(prog.result, stream.getvalue())
stream = io.StringIO()
unittest.main(defaultTest='Math', argv=['prog', '-k', 'add'], exit=False,
              testRunner=unittest.TextTestRunner(stream=stream, verbosity=2))
print(stream.getvalue())
empty = unittest.TestSuite()
print(empty, empty.countTestCases())
try:
    empty.addTest(Math)
except TypeError as e:
    print('TypeError:', e)
try:
    empty.addTest(3)
except TypeError as e:
    print('TypeError:', e)
print(unittest.TestCase.__module__, unittest.TextTestRunner, unittest.SkipTest.__mro__[1])
