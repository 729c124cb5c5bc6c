# assertWarns, and warnings issued while tests run (shown once per place).
import unittest
import warnings


def legacy(x):
    warnings.warn('legacy() is deprecated', DeprecationWarning)
    return x * 2


class W(unittest.TestCase):
    def test_assert_warns(self):
        with self.assertWarns(DeprecationWarning) as cm:
            self.assertEqual(legacy(2), 4)
        print(type(cm.warning).__name__, cm.warning, cm.lineno)

    def test_assert_warns_regex(self):
        with self.assertWarnsRegex(UserWarning, r'pa\w+'):
            warnings.warn('pattern here')

    def test_assert_warns_callable(self):
        self.assertWarns(DeprecationWarning, legacy, 1)

    def test_not_triggered(self):
        self.assertWarns(RuntimeWarning, legacy, 0)

    def test_not_matching(self):
        self.assertWarnsRegex(UserWarning, 'other', warnings.warn, 'this text')

    def test_shown(self):
        legacy(3)
        legacy(4)

    def test_wrong_type(self):
        try:
            self.assertWarns(ValueError)
        except TypeError as e:
            print(e)


unittest.main(verbosity=2)
