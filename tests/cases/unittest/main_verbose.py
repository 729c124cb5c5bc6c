# unittest.main(verbosity=2, exit=False): one line per test, skips, subtests, docstrings.
import unittest


class Checks(unittest.TestCase):
    def test_ok(self):
        """Checks addition."""
        self.assertEqual(1 + 1, 2)

    @unittest.skip('not today')
    def test_skipped(self):
        raise RuntimeError

    @unittest.skipIf(True, 'condition held')
    def test_skip_if(self):
        pass

    @unittest.skipUnless(True, 'unused')
    def test_skip_unless_runs(self):
        pass

    def test_skip_inside(self):
        self.skipTest('decided at run time')

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 0)

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_subtest_msg(self):
        with self.subTest('labelled', n=1):
            with self.subTest(k='x'):
                raise KeyError('inner')


@unittest.skip('whole class')
class Skipped(unittest.TestCase):
    def test_one(self):
        pass


result = unittest.main(exit=False, verbosity=2).result
print(result)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
      len(result.expectedFailures), result.wasSuccessful())
print([str(t) for t, _ in result.skipped])
print([(str(t), r) for t, r in result.skipped])
unittest.main(exit=False, verbosity=0)
print('quiet run done')
unittest.main()
