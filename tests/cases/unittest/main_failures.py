# unittest.main() on this module: progress dots, failure reports, summary, exit code 1.
import unittest


def helper(case, value):
    case.assertEqual(value, 'expected')


class Beta(unittest.TestCase):
    def test_passes(self):
        self.assertTrue(True)

    def test_error(self):
        return {}['missing']

    def test_helper_fails(self):
        helper(self, 'got')

    def test_chained(self):
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError('while handling')


class Alpha(unittest.TestCase):
    def test_z_last(self):
        self.assertIn(3, [1, 2], msg='three is missing')

    def test_a_first(self):
        pass

    @unittest.expectedFailure
    def test_unexpected(self):
        pass

    def not_a_test(self):
        raise RuntimeError('never run')


if __name__ == '__main__':
    unittest.main()
