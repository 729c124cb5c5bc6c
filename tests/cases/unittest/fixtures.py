# The order of fixtures and cleanups, and errors raised in them.
import io
import unittest

log = []


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')
        cls.shared = [1]

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def setUp(self):
        log.append('setUp ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup ' + self._testMethodName)

    def tearDown(self):
        log.append('tearDown ' + self._testMethodName)

    def test_a(self):
        log.append('test_a')
        self.shared.append(2)

    def test_b(self):
        log.append('test_b %s' % self.shared)
        self.fail('b fails')


class BadSetUp(unittest.TestCase):
    def setUp(self):
        raise RuntimeError('setUp broke')

    def tearDown(self):
        log.append('never')

    def test_x(self):
        log.append('never')


class BadTearDown(unittest.TestCase):
    def tearDown(self):
        raise RuntimeError('tearDown broke')

    def test_y(self):
        log.append('test_y')


class BadClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise OSError('no database')

    def test_never(self):
        log.append('never')


class BadCleanup(unittest.TestCase):
    def test_z(self):
        self.addCleanup(lambda: 1 / 0)
        log.append('test_z')


stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
loader = unittest.TestLoader()
suite = unittest.TestSuite()
for cls in (Fixtures, BadSetUp, BadTearDown, BadClass, BadCleanup):
    suite.addTests(loader.loadTestsFromTestCase(cls))
print(suite.countTestCases())
result = runner.run(suite)
print('\n'.join(log))
print(result)
print(stream.getvalue())
