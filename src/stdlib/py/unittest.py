"""Unit testing: TestCase and its assert methods, skipping, subtests, test
suites, the loader, the text runner and main(), which runs the TestCase
classes of __main__.

Classes report the modules CPython defines them in (unittest.case,
unittest.suite...), as their reprs show those names."""

import sys
import time
import difflib
import pprint
import re
import functools
import collections
import warnings
from _traceback import entries as _tb_entries, keep as _tb_keep
import traceback

__all__ = ['TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'addModuleCleanup',
           'doModuleCleanups', 'enterModuleContext']

_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
# Room for the differing part: the rest, around a shortened common part.
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN
                               + _PLACEHOLDER_LEN + _MIN_END_LEN)

DIFF_OMITTED = '\nDiff is %s characters long. Set self.maxDiff to None to see it.'


def safe_repr(obj, short=False):
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < _MAX_LENGTH:
        return result
    return result[:_MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    return '%s.%s' % (cls.__module__, cls.__qualname__)


def _shorten(s, prefixlen, suffixlen):
    skip = len(s) - prefixlen - suffixlen
    if skip > _PLACEHOLDER_LEN:
        s = '%s[%d chars]%s' % (s[:prefixlen], skip, s[len(s) - suffixlen:])
    return s


def _common_prefix(strings):
    lo, hi = min(strings), max(strings)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def _common_shorten_repr(*args):
    """The reprs of args, with a long common beginning and long tails cut
    to '[N chars]' so that the messages stay readable."""
    args = tuple(map(safe_repr, args))
    maxlen = max(map(len, args))
    if maxlen <= _MAX_LENGTH:
        return args
    prefix = _common_prefix(args)
    prefixlen = len(prefix)
    common_len = _MAX_LENGTH - (maxlen - prefixlen + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if common_len > _MIN_COMMON_LEN:
        prefix = _shorten(prefix, _MIN_BEGIN_LEN, common_len)
        return tuple(prefix + s[prefixlen:] for s in args)
    prefix = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _shorten(s[prefixlen:], _MIN_DIFF_LEN, _MIN_END_LEN)
                 for s in args)


def _import(name):
    namespace = {}
    exec('import %s as module' % name, namespace)
    return namespace['module']


# ---- skipping ---------------------------------------------------------------

class SkipTest(Exception):
    """Raise in a test (or call TestCase.skipTest) to skip it."""
    __module__ = 'unittest.case'


class _ShouldStop(Exception):
    pass


def _id(obj):
    return obj


def skip(reason):
    """Unconditionally skips the decorated test function or class."""
    def decorator(test_item):
        if not isinstance(test_item, type):
            @functools.wraps(test_item)
            def skip_wrapper(*args, **kwargs):
                raise SkipTest(reason)
            test_item = skip_wrapper
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item
    if callable(reason) and not isinstance(reason, str):
        test_item, reason = reason, ''
        return decorator(test_item)
    return decorator


def skipIf(condition, reason):
    """Skips the decorated test if condition is true."""
    return skip(reason) if condition else _id


def skipUnless(condition, reason):
    """Skips the decorated test unless condition is true."""
    return _id if condition else skip(reason)


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


def _is_subtype(expected, basetype):
    if isinstance(expected, tuple):
        return all(_is_subtype(e, basetype) for e in expected)
    return isinstance(expected, type) and issubclass(expected, basetype)


# ---- running the parts of a test ---------------------------------------------

def _add_error(result, test, exc_info):
    if result is not None and exc_info is not None:
        if issubclass(exc_info[0], test.failureException):
            result.addFailure(test, exc_info)
        else:
            result.addError(test, exc_info)


def _add_skip(result, test_case, reason):
    add_skip = getattr(result, 'addSkip', None)
    if add_skip is not None:
        add_skip(test_case, reason)


class _PartExecutor:
    """Runs one part of a test (setUp, the test, a subtest, a cleanup) and
    records how it ended in the outcome."""

    def __init__(self, outcome, test_case, subtest):
        self.outcome = outcome
        self.test_case = test_case
        self.subtest = subtest

    def __enter__(self):
        self.old_success = self.outcome.success
        self.outcome.success = True
        return self

    def __exit__(self, exc_type, exc_value, tb):
        outcome = self.outcome
        try:
            if exc_type is None:
                if self.subtest and outcome.success:
                    outcome.result.addSubTest(self.test_case.test_case, self.test_case, None)
                return False
            if issubclass(exc_type, KeyboardInterrupt):
                return False
            if issubclass(exc_type, SkipTest):
                outcome.success = False
                _add_skip(outcome.result, self.test_case, str(exc_value))
            elif issubclass(exc_type, _ShouldStop):
                pass
            else:
                exc_info = (exc_type, exc_value, exc_value.__traceback__)
                if outcome.expecting_failure:
                    outcome.expectedFailure = exc_info
                else:
                    outcome.success = False
                    if self.subtest:
                        outcome.result.addSubTest(self.test_case.test_case, self.test_case,
                                                  exc_info)
                    else:
                        _add_error(outcome.result, self.test_case, exc_info)
            return True
        finally:
            outcome.success = outcome.success and self.old_success


class _Outcome:
    def __init__(self, result=None):
        self.expecting_failure = False
        self.result = result
        self.result_supports_subtests = hasattr(result, 'addSubTest')
        self.success = True
        self.expectedFailure = None

    def testPartExecutor(self, test_case, subTest=False):
        return _PartExecutor(self, test_case, subTest)


_subtest_msg_sentinel = object()


class _SubTestContext:
    def __init__(self, test, msg, params):
        self.test = test
        self.msg = msg
        self.params = params

    def __enter__(self):
        test = self.test
        self.parent = test._subtest
        if test._outcome is None or not test._outcome.result_supports_subtests:
            self.executor = None
            return None
        # The innermost subtest's parameters come first and win.
        params = dict(self.params)
        if self.parent is not None:
            for key, value in self.parent.params.items():
                params.setdefault(key, value)
        test._subtest = _SubTest(test, self.msg, params)
        self.executor = test._outcome.testPartExecutor(test._subtest, subTest=True)
        self.executor.__enter__()
        return None

    def __exit__(self, exc_type, exc_value, tb):
        test = self.test
        if self.executor is None:
            return False
        try:
            suppressed = self.executor.__exit__(exc_type, exc_value, tb)
            outcome = test._outcome
            if not outcome.success:
                if outcome.result is not None and outcome.result.failfast:
                    raise _ShouldStop
            elif outcome.expectedFailure:
                raise _ShouldStop
            return suppressed
        finally:
            test._subtest = self.parent


# ---- TestCase -----------------------------------------------------------------

class _AssertRaisesContext:
    """What assertRaises and assertRaisesRegex return: a context manager that
    checks its block raises, keeping the exception in .exception."""

    _base_type = BaseException
    _base_type_str = 'an exception type or tuple of exception types'

    def __init__(self, expected, test_case, expected_regex=None):
        self.expected = expected
        self.test_case = test_case
        if expected_regex is not None:
            expected_regex = re.compile(expected_regex)
        self.expected_regex = expected_regex
        self.obj_name = None
        self.msg = None

    def _raiseFailure(self, standardMsg):
        case = self.test_case
        raise case.failureException(case._formatMessage(self.msg, standardMsg))

    def handle(self, name, args, kwargs):
        if not _is_subtype(self.expected, self._base_type):
            raise TypeError('%s() arg 1 must be %s' % (name, self._base_type_str))
        if not args:
            self.msg = kwargs.pop('msg', None)
            if kwargs:
                raise TypeError('%r is an invalid keyword argument for this function'
                                % (next(iter(kwargs)),))
            return self
        callable_obj, *args = args
        try:
            self.obj_name = callable_obj.__name__
        except AttributeError:
            self.obj_name = str(callable_obj)
        with self:
            callable_obj(*args, **kwargs)
        return None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            try:
                exc_name = self.expected.__name__
            except AttributeError:
                exc_name = str(self.expected)
            if self.obj_name:
                self._raiseFailure('{} not raised by {}'.format(exc_name, self.obj_name))
            else:
                self._raiseFailure('{} not raised'.format(exc_name))
        if not issubclass(exc_type, self.expected):
            return False
        # As with_traceback(None): a later failure reports it as the context
        # without its frames.
        _tb_keep(exc_value, 0, 0)
        self.exception = exc_value
        if self.expected_regex is None:
            return True
        if not self.expected_regex.search(str(exc_value)):
            self._raiseFailure('"{}" does not match "{}"'.format(
                self.expected_regex.pattern, str(exc_value)))
        return True


def _run_cleanups(cleanups, on_error):
    """Calls the cleanups, last added first, passing their exceptions to on_error."""
    while cleanups:
        function, args, kwargs = cleanups.pop()
        try:
            function(*args, **kwargs)
        except Exception as e:
            on_error(e)


def _enter_context(cm, add_cleanup):
    cls = type(cm)
    try:
        enter = cls.__enter__
        exit = cls.__exit__
    except AttributeError:
        raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                        f"not support the context manager protocol") from None
    result = enter(cm)
    add_cleanup(exit, cm, None, None, None)
    return result


class TestCase:
    """A test: one method (methodName) of a TestCase subclass, run between
    setUp and tearDown, with assert methods that raise failureException."""

    __module__ = 'unittest.case'

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _diffThreshold = 2 ** 16
    _class_cleanups = []

    def __init_subclass__(cls, *args, **kwargs):
        cls._classSetupFailed = False
        cls._class_cleanups = []
        super().__init_subclass__(*args, **kwargs)

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        self._testMethodDoc = 'No test'
        try:
            test_method = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError('no such test method in %s: %s'
                                 % (self.__class__, methodName)) from None
        else:
            self._testMethodDoc = test_method.__doc__
        self._cleanups = []
        self._subtest = None
        self._type_equality_funcs = {
            dict: 'assertDictEqual',
            list: 'assertListEqual',
            tuple: 'assertTupleEqual',
            set: 'assertSetEqual',
            frozenset: 'assertSetEqual',
            str: 'assertMultiLineEqual',
        }

    def addTypeEqualityFunc(self, typeobj, function):
        """assertEqual compares two objects of exactly typeobj with function."""
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        """function(*args, **kwargs) runs after tearDown, the last added first."""
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        return _enter_context(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        return _enter_context(cm, cls.addClassCleanup)

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        return doc.strip().split('\n')[0].strip() if doc else None

    def id(self):
        return '%s.%s' % (strclass(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return '%s (%s.%s)' % (self._testMethodName, strclass(self.__class__),
                               self._testMethodName)

    def __repr__(self):
        return '<%s testMethod=%s>' % (strclass(self.__class__), self._testMethodName)

    def subTest(self, msg=_subtest_msg_sentinel, **params):
        """A context manager whose block runs as a subtest: a failure in it
        is reported with msg and params, and the test goes on after it."""
        return _SubTestContext(self, msg, params)

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        method()

    def _callTearDown(self):
        self.tearDown()

    def run(self, result=None):
        if result is None:
            result = self.defaultTestResult()
            start_test_run = getattr(result, 'startTestRun', None)
            stop_test_run = getattr(result, 'stopTestRun', None)
            if start_test_run is not None:
                start_test_run()
        else:
            stop_test_run = None
        result.startTest(self)
        try:
            test_method = getattr(self, self._testMethodName)
            if (getattr(self.__class__, '__unittest_skip__', False)
                    or getattr(test_method, '__unittest_skip__', False)):
                why = (getattr(self.__class__, '__unittest_skip_why__', '')
                       or getattr(test_method, '__unittest_skip_why__', ''))
                _add_skip(result, self, why)
                return result
            expecting_failure = (
                getattr(self, '__unittest_expecting_failure__', False)
                or getattr(test_method, '__unittest_expecting_failure__', False))
            outcome = _Outcome(result)
            try:
                self._outcome = outcome
                with outcome.testPartExecutor(self):
                    self._callSetUp()
                if outcome.success:
                    outcome.expecting_failure = expecting_failure
                    with outcome.testPartExecutor(self):
                        self._callTestMethod(test_method)
                    outcome.expecting_failure = False
                    with outcome.testPartExecutor(self):
                        self._callTearDown()
                self.doCleanups()
                if outcome.success:
                    if expecting_failure:
                        if outcome.expectedFailure:
                            result.addExpectedFailure(self, outcome.expectedFailure)
                        else:
                            result.addUnexpectedSuccess(self)
                    else:
                        result.addSuccess(self)
                return result
            finally:
                outcome.expectedFailure = None
                self._outcome = None
        finally:
            result.stopTest(self)
            if stop_test_run is not None:
                stop_test_run()

    def doCleanups(self):
        outcome = self._outcome or _Outcome()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            with outcome.testPartExecutor(self):
                function(*args, **kwargs)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        cls.tearDown_exceptions = []

        def record(e):
            cls.tearDown_exceptions.append((type(e), e, e.__traceback__))
        _run_cleanups(cls._class_cleanups, record)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Runs the test without collecting errors in a TestResult."""
        test_method = getattr(self, self._testMethodName)
        if (getattr(self.__class__, '__unittest_skip__', False)
                or getattr(test_method, '__unittest_skip__', False)):
            why = (getattr(self.__class__, '__unittest_skip_why__', '')
                   or getattr(test_method, '__unittest_skip_why__', ''))
            raise SkipTest(why)
        self._callSetUp()
        self._callTestMethod(test_method)
        self._callTearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        return '%s : %s' % (standardMsg, msg)

    def _truncateMessage(self, message, diff):
        max_diff = self.maxDiff
        if max_diff is None or len(diff) <= max_diff:
            return message + diff
        return message + (DIFF_OMITTED % len(diff))

    def assertFalse(self, expr, msg=None):
        if expr:
            msg = self._formatMessage(msg, '%s is not false' % safe_repr(expr))
            raise self.failureException(msg)

    def assertTrue(self, expr, msg=None):
        if not expr:
            msg = self._formatMessage(msg, '%s is not true' % safe_repr(expr))
            raise self.failureException(msg)

    def assertRaises(self, expected_exception, *args, **kwargs):
        """Checks the block (as a context manager) or the call of args[0]
        with the other arguments raises expected_exception."""
        checker = _AssertRaisesContext(expected_exception, self)
        return checker.handle('assertRaises', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        checker = _AssertRaisesContext(expected_exception, self, expected_regex)
        return checker.handle('assertRaisesRegex', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        checker = _AssertWarnsContext(expected_warning, self)
        return checker.handle('assertWarns', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        checker = _AssertWarnsContext(expected_warning, self, expected_regex)
        return checker.handle('assertWarnsRegex', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        """A context manager checking its block logs at least one message of
        level (INFO by default) or higher on logger (the root by default); it
        gives a watcher with the .records and their formatted .output."""
        return _AssertLogsContext(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        return _AssertLogsContext(self, logger, level, no_logs=True)

    def _complain(self, msg, standardMsg):
        """Fails with the standard message merged with the caller's msg."""
        self.fail(self._formatMessage(msg, standardMsg))

    def _getAssertEqualityFunc(self, first, second):
        # A type-specific comparison applies only when both sides share the type.
        kind = type(first)
        if kind == type(second):
            special = self._type_equality_funcs.get(kind)
            if isinstance(special, str):
                return getattr(self, special)
            if special is not None:
                return special
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if first == second:
            return
        self._complain(msg, '%s != %s' % _common_shorten_repr(first, second))

    def assertEqual(self, first, second, msg=None):
        compare = self._getAssertEqualityFunc(first, second)
        compare(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if first != second:
            return
        self._complain(msg, '%s == %s' % (safe_repr(first), safe_repr(second)))

    def _closeness(self, first, second, places, delta, want_close, msg):
        """The check behind assertAlmostEqual (want_close) and its negation."""
        if want_close and first == second:
            return
        if places is not None and delta is not None:
            raise TypeError('specify delta or places not both')
        gap = abs(first - second)
        shown = (safe_repr(first), '==' if not want_close else '!=', safe_repr(second))
        if delta is None:
            places = 7 if places is None else places
            close = first == second or round(gap, places) == 0
            if close == want_close:
                return
            if want_close:
                text = '%s %s %s within %r places (%s difference)' % (
                    shown + (places, safe_repr(gap)))
            else:
                text = '%s %s %s within %r places' % (shown + (places,))
        else:
            close = first == second or gap <= delta
            if close == want_close:
                return
            text = '%s %s %s within %s delta (%s difference)' % (
                shown + (safe_repr(delta), safe_repr(gap)))
        self._complain(msg, text)

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """Fails unless first and second differ by at most delta, or round
        to the same value at places decimal places (7 by default)."""
        self._closeness(first, second, places, delta, True, msg)

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        self._closeness(first, second, places, delta, False, msg)

    def _sequence_difference(self, seq1, seq2, what, exact_type):
        """Why seq1 and seq2 differ as text, or None when they are equal."""
        sizes = []
        for position, seq in (('First', seq1), ('Second', seq2)):
            try:
                sizes.append(len(seq))
            except (TypeError, NotImplementedError):
                return '%s %s has no length.    Non-sequence?' % (position, what)
        if seq1 == seq2:
            return None
        n1, n2 = sizes
        report = '%ss differ: %s != %s\n' % (
            (what.capitalize(),) + _common_shorten_repr(seq1, seq2))
        unreadable = (TypeError, IndexError, NotImplementedError)
        for i in range(min(n1, n2)):
            pair = []
            for position, seq in (('first', seq1), ('second', seq2)):
                try:
                    pair.append(seq[i])
                except unreadable:
                    report += '\nUnable to index element %d of %s %s\n' % (i, position, what)
                    break
            if len(pair) < 2:
                break
            if pair[0] != pair[1]:
                report += '\nFirst differing element %d:\n%s\n%s\n' % (
                    (i,) + _common_shorten_repr(*pair))
                break
        else:
            # Equal items and lengths but unequal objects: only a typed check cares.
            if n1 == n2 and exact_type is None and type(seq1) != type(seq2):
                return None
        if n1 != n2:
            longer, position, start = (seq1, 'First', n2) if n1 > n2 else (seq2, 'Second', n1)
            report += '\n%s %s contains %d additional elements.\n' % (
                position, what, abs(n1 - n2))
            try:
                report += 'First extra element %d:\n%s\n' % (start, safe_repr(longer[start]))
            except unreadable:
                report += 'Unable to index element %d of %s %s\n' % (
                    start, position.lower(), what)
        return report

    def _pretty_ndiff(self, first, second):
        left = pprint.pformat(first).splitlines()
        right = pprint.pformat(second).splitlines()
        return '\n' + '\n'.join(difflib.ndiff(left, right))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """Compares two sequences item by item; the failure names the first
        differing item and shows an ndiff of their pretty-printed forms."""
        what = 'sequence'
        if seq_type is not None:
            what = seq_type.__name__
            for position, seq in (('First', seq1), ('Second', seq2)):
                if not isinstance(seq, seq_type):
                    raise self.failureException(
                        '%s sequence is not a %s: %s' % (position, what, safe_repr(seq)))
        report = self._sequence_difference(seq1, seq2, what, seq_type)
        if report is None:
            return
        self._complain(msg, self._truncateMessage(report, self._pretty_ndiff(seq1, seq2)))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def _one_sided(self, left, right, which):
        """The items of left missing from right, failing when that cannot be computed."""
        try:
            return left.difference(right)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('%s argument does not support set difference: %s' % (which, e))

    def assertSetEqual(self, set1, set2, msg=None):
        only_first = self._one_sided(set1, set2, 'first')
        only_second = self._one_sided(set2, set1, 'second')
        lines = []
        for items, heading in ((only_first, 'first set but not the second'),
                               (only_second, 'second set but not the first')):
            if items:
                lines.append('Items in the %s:' % heading)
                lines += [repr(item) for item in items]
        if lines:
            self._complain(msg, '\n'.join(lines))

    def assertIn(self, member, container, msg=None):
        if member in container:
            return
        self._complain(msg, '%s not found in %s' % (safe_repr(member), safe_repr(container)))

    def assertNotIn(self, member, container, msg=None):
        if member not in container:
            return
        self._complain(msg, '%s unexpectedly found in %s' % (
            safe_repr(member), safe_repr(container)))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            return
        self._complain(msg, '%s is not %s' % (safe_repr(expr1), safe_repr(expr2)))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            return
        self._complain(msg, 'unexpectedly identical: ' + safe_repr(expr1))

    def assertDictEqual(self, d1, d2, msg=None):
        for d, label in ((d1, 'First'), (d2, 'Second')):
            self.assertIsInstance(d, dict, label + ' argument is not a dictionary')
        if d1 == d2:
            return
        summary = '%s != %s' % _common_shorten_repr(d1, d2)
        self._complain(msg, self._truncateMessage(summary, self._pretty_ndiff(d1, d2)))

    def assertCountEqual(self, first, second, msg=None):
        """Fails unless both hold the same items the same number of times,
        in any order."""
        items1, items2 = list(first), list(second)
        try:
            counts1, counts2 = collections.Counter(items1), collections.Counter(items2)
        except TypeError:
            # Unhashable items can only be matched up by ==.
            mismatches = _count_diff_all_purpose(items1, items2)
        else:
            if counts1 == counts2:
                return
            mismatches = _count_diff_hashable(items1, items2)
        if not mismatches:
            return
        detail = '\n'.join('First has %d, Second has %d:  %r' % m for m in mismatches)
        self._complain(msg, self._truncateMessage('Element counts were not equal:\n', detail))

    def assertMultiLineEqual(self, first, second, msg=None):
        for text, label in ((first, 'First'), (second, 'Second')):
            self.assertIsInstance(text, str, label + ' argument is not a string')
        if first == second:
            return
        limit = self._diffThreshold
        if len(first) > limit or len(second) > limit:
            # Too long to diff in reasonable time: report as a plain inequality.
            self._baseAssertEqual(first, second, msg)
        old, new = first.splitlines(True), second.splitlines(True)
        if len(old) == 1 and first.strip('\r\n') == first:
            # One unterminated line: terminate both sides so ndiff shows its hints.
            old, new = [first + '\n'], [second + '\n']
        summary = '%s != %s' % _common_shorten_repr(first, second)
        changes = '\n' + ''.join(difflib.ndiff(old, new))
        self._complain(msg, self._truncateMessage(summary, changes))

    def _ordered(self, holds, a, b, relation, msg):
        if not holds:
            self._complain(msg, '%s not %s %s' % (safe_repr(a), relation, safe_repr(b)))

    def assertLess(self, a, b, msg=None):
        self._ordered(a < b, a, b, 'less than', msg)

    def assertLessEqual(self, a, b, msg=None):
        self._ordered(a <= b, a, b, 'less than or equal to', msg)

    def assertGreater(self, a, b, msg=None):
        self._ordered(a > b, a, b, 'greater than', msg)

    def assertGreaterEqual(self, a, b, msg=None):
        self._ordered(a >= b, a, b, 'greater than or equal to', msg)

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self._complain(msg, safe_repr(obj) + ' is not None')

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self._complain(msg, 'unexpectedly None')

    def assertIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            return
        self._complain(msg, '%s is not an instance of %r' % (safe_repr(obj), cls))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            return
        self._complain(msg, '%s is an instance of %r' % (safe_repr(obj), cls))

    def assertRegex(self, text, expected_regex, msg=None):
        pattern = expected_regex
        if isinstance(pattern, (str, bytes)):
            assert pattern, 'expected_regex must not be empty.'
            pattern = re.compile(pattern)
        if pattern.search(text) is None:
            self._complain(msg, "Regex didn't match: %r not found in %r" % (
                pattern.pattern, text))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        pattern = unexpected_regex
        if isinstance(pattern, (str, bytes)):
            pattern = re.compile(pattern)
        found = pattern.search(text)
        if found is not None:
            self._complain(msg, 'Regex matched: %r matches %r in %r' % (
                found.group(), pattern.pattern, text))


_Mismatch = collections.namedtuple('Mismatch', 'actual expected value')


def _count_diff_all_purpose(actual, expected):
    """The items counted differently, for unhashable items: compares by ==."""
    s, t = list(actual), list(expected)
    m, n = len(s), len(t)
    NULL = object()
    result = []
    for i, elem in enumerate(s):
        if elem is NULL:
            continue
        cnt_s = cnt_t = 0
        for j in range(i, m):
            if s[j] == elem:
                cnt_s += 1
                s[j] = NULL
        for j, other_elem in enumerate(t):
            if other_elem == elem:
                cnt_t += 1
                t[j] = NULL
        if cnt_s != cnt_t:
            result.append(_Mismatch(cnt_s, cnt_t, elem))
    for i, elem in enumerate(t):
        if elem is NULL:
            continue
        cnt_t = 0
        for j in range(i, n):
            if t[j] == elem:
                cnt_t += 1
                t[j] = NULL
        result.append(_Mismatch(0, cnt_t, elem))
    return result


def _count_diff_hashable(actual, expected):
    s, t = collections.Counter(actual), collections.Counter(expected)
    result = []
    for elem, cnt_s in s.items():
        cnt_t = t.get(elem, 0)
        if cnt_s != cnt_t:
            result.append(_Mismatch(cnt_s, cnt_t, elem))
    for elem, cnt_t in t.items():
        if elem not in s:
            result.append(_Mismatch(0, cnt_t, elem))
    return result


class _SubTest(TestCase):
    __module__ = 'unittest.case'

    def __init__(self, test_case, message, params):
        super().__init__()
        self._message = message
        self.test_case = test_case
        self.params = params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError('subtests cannot be run directly')

    def _subDescription(self):
        parts = []
        if self._message is not _subtest_msg_sentinel:
            parts.append('[{}]'.format(self._message))
        if self.params:
            parts.append('({})'.format(', '.join('{}={!r}'.format(k, v)
                                                 for k, v in self.params.items())))
        return ' '.join(parts) or '(<subtest>)'

    def id(self):
        return '{} {}'.format(self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return '{} {}'.format(self.test_case, self._subDescription())


class FunctionTestCase(TestCase):
    """A test made of a plain function, with optional setUp and tearDown
    functions."""

    __module__ = 'unittest.case'

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return (self._setUpFunc == other._setUpFunc
                and self._tearDownFunc == other._tearDownFunc
                and self._testFunc == other._testFunc
                and self._description == other._description)

    def __hash__(self):
        return hash((type(self), self._setUpFunc, self._tearDownFunc,
                     self._testFunc, self._description))

    def __str__(self):
        return '%s (%s)' % (strclass(self.__class__), self._testFunc.__name__)

    def __repr__(self):
        return '<%s tec=%s>' % (strclass(self.__class__), self._testFunc)

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split('\n')[0].strip() or None


class IsolatedAsyncioTestCase(TestCase):
    """A TestCase whose test methods, setUp and tearDown may be coroutine
    functions (asyncSetUp and asyncTearDown too), each run by asyncio."""

    __module__ = 'unittest.async_case'

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def _run_maybe_async(self, function):
        import asyncio
        result = function()
        if asyncio.iscoroutine(result):
            return asyncio.run(result)
        return result

    def _callSetUp(self):
        self.setUp()
        self._run_maybe_async(self.asyncSetUp)

    def _callTestMethod(self, method):
        self._run_maybe_async(method)

    def _callTearDown(self):
        self._run_maybe_async(self.asyncTearDown)
        self.tearDown()


# ---- assertWarns -----------------------------------------------------------

class _AssertWarnsContext(_AssertRaisesContext):
    """What assertWarns returns: checks its block issues a warning of the
    category, keeping it in .warning (and .filename, .lineno)."""

    _base_type = Warning
    _base_type_str = 'a warning type or tuple of warning types'

    def __enter__(self):
        self.warnings_manager = warnings.catch_warnings(record=True)
        self.warnings = self.warnings_manager.__enter__()
        warnings.simplefilter('always', self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.warnings_manager.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return False
        try:
            exc_name = self.expected.__name__
        except AttributeError:
            exc_name = str(self.expected)
        first_matching = None
        for m in self.warnings:
            w = m.message
            if not isinstance(w, self.expected):
                continue
            if first_matching is None:
                first_matching = w
            if self.expected_regex is not None and not self.expected_regex.search(str(w)):
                continue
            self.warning = w
            self.filename = m.filename
            self.lineno = m.lineno
            return None
        if first_matching is not None:
            self._raiseFailure('"{}" does not match "{}"'.format(
                self.expected_regex.pattern, str(first_matching)))
        if self.obj_name:
            self._raiseFailure('{} not triggered by {}'.format(exc_name, self.obj_name))
        else:
            self._raiseFailure('{} not triggered'.format(exc_name))


# ---- assertLogs ---------------------------------------------------------------

_LoggingWatcher = collections.namedtuple('_LoggingWatcher', ['records', 'output'])


class _AssertLogsContext:
    LOGGING_FORMAT = '%(levelname)s:%(name)s:%(message)s'

    def __init__(self, test_case, logger_name, level, no_logs):
        import logging
        self.test_case = test_case
        self.logger_name = logger_name
        self.level = logging._nameToLevel.get(level, level) if level else logging.INFO
        self.no_logs = no_logs
        self.msg = None

    def __enter__(self):
        import logging

        class CapturingHandler(logging.Handler):
            def __init__(self):
                super().__init__()
                self.watcher = _LoggingWatcher([], [])

            def flush(self):
                pass

            def emit(self, record):
                self.watcher.records.append(record)
                self.watcher.output.append(self.format(record))

        if isinstance(self.logger_name, logging.Logger):
            logger = self.logger = self.logger_name
        else:
            logger = self.logger = logging.getLogger(self.logger_name)
        handler = CapturingHandler()
        handler.setLevel(self.level)
        handler.setFormatter(logging.Formatter(self.LOGGING_FORMAT))
        self.watcher = handler.watcher
        self.old_handlers = logger.handlers[:]
        self.old_level = logger.level
        self.old_propagate = logger.propagate
        logger.handlers = [handler]
        logger.setLevel(self.level)
        logger.propagate = False
        if self.no_logs:
            return None
        return handler.watcher

    def __exit__(self, exc_type, exc_value, tb):
        import logging
        self.logger.handlers = self.old_handlers
        self.logger.propagate = self.old_propagate
        self.logger.setLevel(self.old_level)
        if exc_type is not None:
            return False
        if self.no_logs:
            if self.watcher.records:
                self._raiseFailure('Unexpected logs found: {!r}'.format(self.watcher.output))
        elif not self.watcher.records:
            self._raiseFailure('no logs of level {} or higher triggered on {}'.format(
                logging.getLevelName(self.level), self.logger.name))
        return None

    def _raiseFailure(self, standardMsg):
        case = self.test_case
        raise case.failureException(case._formatMessage(self.msg, standardMsg))


# ---- results ----------------------------------------------------------------

class TestResult:
    """Collects what happened to the tests run: the failures and errors
    (with their formatted tracebacks), skips and expected failures."""

    __module__ = 'unittest.result'

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1

    def startTestRun(self):
        pass

    def stopTest(self, test):
        pass

    def stopTestRun(self):
        pass

    def _stop_if_failfast(self):
        if self.failfast:
            self.stop()

    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._stop_if_failfast()

    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._stop_if_failfast()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            self._stop_if_failfast()
            if issubclass(err[0], test.failureException):
                errors = self.failures
            else:
                errors = self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return (len(self.failures) == len(self.errors) == 0
                and len(self.unexpectedSuccesses) == 0)

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The traceback report of err, without the frames of this module
        around the test's own (and, for failures, the assert method's)."""
        exctype, value, tb = err
        frames = _tb_entries(tb) if tb is not None else []
        start = 0
        while start < len(frames) and frames[start][0] == __file__:
            start += 1
        stop = len(frames)
        if exctype is test.failureException:
            stop = start
            while stop < len(frames) and frames[stop][0] != __file__:
                stop += 1
        _tb_keep(value, start, stop)
        return ''.join(traceback.format_exception(value))

    def __repr__(self):
        return '<%s run=%i errors=%i failures=%i>' % (
            strclass(self.__class__), self.testsRun, len(self.errors), len(self.failures))


class _WritelnDecorator:
    """A stream with writeln."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        if attr in ('stream', '__getstate__'):
            raise AttributeError(attr)
        return getattr(self.stream, attr)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write('\n')


class TextTestResult(TestResult):
    """A TestResult that reports progress on a stream: a character per
    test, or with verbosity 2 a line per test."""

    __module__ = 'unittest.runner'

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        self._newline = True

    def getDescription(self, test):
        doc_first_line = test.shortDescription()
        if self.descriptions and doc_first_line:
            return '\n'.join((str(test), doc_first_line))
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(' ... ')
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status):
        is_subtest = isinstance(test, _SubTest)
        if is_subtest or self._newline:
            if not self._newline:
                self.stream.writeln()
            if is_subtest:
                self.stream.write('  ')
            self.stream.write(self.getDescription(test))
            self.stream.write(' ... ')
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def _report(self, test, status, dot):
        if self.showAll:
            self._write_status(test, status)
        elif self.dots:
            self.stream.write(dot)
            self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], subtest.failureException):
                self._report(subtest, 'FAIL', 'F')
            else:
                self._report(subtest, 'ERROR', 'E')
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._report(test, 'ok', '.')

    def addError(self, test, err):
        super().addError(test, err)
        self._report(test, 'ERROR', 'E')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._report(test, 'FAIL', 'F')

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._report(test, 'skipped {0!r}'.format(reason), 's')

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._report(test, 'expected failure', 'x')

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._report(test, 'unexpected success', 'u')

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.writeln()
            self.stream.flush()
        self.printErrorList('ERROR', self.errors)
        self.printErrorList('FAIL', self.failures)
        if self.unexpectedSuccesses:
            self.stream.writeln(self.separator1)
            for test in self.unexpectedSuccesses:
                self.stream.writeln(f'UNEXPECTED SUCCESS: {self.getDescription(test)}')
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln('%s: %s' % (flavour, self.getDescription(test)))
            self.stream.writeln(self.separator2)
            self.stream.writeln('%s' % err)
            self.stream.flush()


class TextTestRunner:
    """Runs a test (or suite) and prints the results on stream (stderr by
    default): the progress, the failure reports and a summary."""

    __module__ = 'unittest.runner'

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False,
                 buffer=False, resultclass=None, warnings=None, *, tb_locals=False):
        if stream is None:
            stream = sys.stderr
        self.stream = _WritelnDecorator(stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        # Shows even the warnings ignored by default (gilpy takes no -W options).
        self.warnings = 'default' if warnings is None else warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        result = self._makeResult()
        result.failfast = self.failfast
        result.buffer = self.buffer
        result.tb_locals = self.tb_locals
        with warnings.catch_warnings():
            if self.warnings:
                warnings.simplefilter(self.warnings)
            start = time.perf_counter()
            start_test_run = getattr(result, 'startTestRun', None)
            if start_test_run is not None:
                start_test_run()
            try:
                test(result)
            finally:
                stop_test_run = getattr(result, 'stopTestRun', None)
                if stop_test_run is not None:
                    stop_test_run()
            taken = time.perf_counter() - start
        result.printErrors()
        if hasattr(result, 'separator2'):
            self.stream.writeln(result.separator2)
        run = result.testsRun
        self.stream.writeln('Ran %d test%s in %.3fs' % (run, run != 1 and 's' or '', taken))
        self.stream.writeln()
        infos = []
        if not result.wasSuccessful():
            self.stream.write('FAILED')
            if result.failures:
                infos.append('failures=%d' % len(result.failures))
            if result.errors:
                infos.append('errors=%d' % len(result.errors))
        else:
            self.stream.write('OK')
        if result.skipped:
            infos.append('skipped=%d' % len(result.skipped))
        if result.expectedFailures:
            infos.append('expected failures=%d' % len(result.expectedFailures))
        if result.unexpectedSuccesses:
            infos.append('unexpected successes=%d' % len(result.unexpectedSuccesses))
        if infos:
            self.stream.writeln(' (%s)' % (', '.join(infos),))
        else:
            self.stream.write('\n')
        self.stream.flush()
        return result


# ---- suites -----------------------------------------------------------------

class _ErrorHolder:
    """Stands for a class or module fixture whose error is reported."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return '<ErrorHolder description=%r>' % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


def _is_not_suite(test):
    try:
        iter(test)
    except TypeError:
        return True
    return False


class BaseTestSuite:
    """A collection of tests (and suites), run in order."""

    __module__ = 'unittest.suite'

    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def __repr__(self):
        return '<%s tests=%s>' % (strclass(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return sum(test.countTestCases() for test in self)

    def addTest(self, test):
        if not callable(test):
            raise TypeError('{} is not callable'.format(repr(test)))
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError('TestCases and TestSuites must be instantiated '
                            'before passing them to addTest()')
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError('tests must be an iterable of tests, not a string')
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for test in self:
            if result.shouldStop:
                break
            test(result)
        return result

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


class TestSuite(BaseTestSuite):
    """A suite that also runs the setUpClass/tearDownClass and
    setUpModule/tearDownModule fixtures around its tests."""

    __module__ = 'unittest.suite'

    def run(self, result, debug=False):
        top_level = False
        if getattr(result, '_testRunEntered', False) is False:
            result._testRunEntered = top_level = True
        for test in self:
            if result.shouldStop:
                break
            if _is_not_suite(test):
                self._tearDownPreviousClass(test, result)
                self._handleModuleFixture(test, result)
                self._handleClassSetUp(test, result)
                result._previousTestClass = test.__class__
                if (getattr(test.__class__, '_classSetupFailed', False)
                        or getattr(result, '_moduleSetUpFailed', False)):
                    continue
            if not debug:
                test(result)
            else:
                test.debug()
        if top_level:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def _fixture_error(self, result, exc, description, info=None):
        error = _ErrorHolder(description)
        if isinstance(exc, SkipTest):
            _add_skip(result, error, str(exc))
        else:
            result.addError(error, info or (type(exc), exc, exc.__traceback__))

    def _handleClassSetUp(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        current = test.__class__
        if current == previous or getattr(result, '_moduleSetUpFailed', False):
            return
        if getattr(current, '__unittest_skip__', False):
            return
        try:
            current._classSetupFailed = False
        except TypeError:
            pass
        set_up_class = getattr(current, 'setUpClass', None)
        if set_up_class is None:
            return
        try:
            set_up_class()
        except Exception as e:
            current._classSetupFailed = True
            name = strclass(current)
            self._fixture_error(result, e, 'setUpClass (%s)' % name)
            do_class_cleanups = getattr(current, 'doClassCleanups', None)
            if do_class_cleanups is not None:
                do_class_cleanups()
                for exc_info in current.tearDown_exceptions:
                    self._fixture_error(result, exc_info[1], 'setUpClass (%s)' % name,
                                        exc_info)

    def _tearDownPreviousClass(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        current = test.__class__
        if current == previous or previous is None:
            return
        if getattr(previous, '_classSetupFailed', False):
            return
        if getattr(result, '_moduleSetUpFailed', False):
            return
        if getattr(previous, '__unittest_skip__', False):
            return
        tear_down_class = getattr(previous, 'tearDownClass', None)
        do_class_cleanups = getattr(previous, 'doClassCleanups', None)
        name = strclass(previous)
        if tear_down_class is not None:
            try:
                tear_down_class()
            except Exception as e:
                self._fixture_error(result, e, 'tearDownClass (%s)' % name)
        if do_class_cleanups is not None:
            do_class_cleanups()
            for exc_info in previous.tearDown_exceptions:
                self._fixture_error(result, exc_info[1], 'tearDownClass (%s)' % name,
                                    exc_info)

    def _previous_module(self, result):
        previous = getattr(result, '_previousTestClass', None)
        return None if previous is None else previous.__module__

    def _handleModuleFixture(self, test, result):
        previous = self._previous_module(result)
        current = test.__class__.__module__
        if current == previous:
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        try:
            module = _import(current)
        except ImportError:
            return
        set_up_module = getattr(module, 'setUpModule', None)
        if set_up_module is None:
            return
        try:
            set_up_module()
        except Exception as e:
            result._moduleSetUpFailed = True
            self._fixture_error(result, e, 'setUpModule (%s)' % current)
            self._do_module_cleanups(result, 'setUpModule (%s)' % current)

    def _handleModuleTearDown(self, result):
        previous = self._previous_module(result)
        if previous is None or getattr(result, '_moduleSetUpFailed', False):
            return
        try:
            module = _import(previous)
        except ImportError:
            return
        tear_down_module = getattr(module, 'tearDownModule', None)
        if tear_down_module is not None:
            try:
                tear_down_module()
            except Exception as e:
                self._fixture_error(result, e, 'tearDownModule (%s)' % previous)
        self._do_module_cleanups(result, 'tearDownModule (%s)' % previous)

    def _do_module_cleanups(self, result, description):
        try:
            doModuleCleanups()
        except Exception as e:
            self._fixture_error(result, e, description)


_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    return _enter_context(cm, addModuleCleanup)


def doModuleCleanups():
    """Runs the module cleanups, then re-raises the first exception one raised."""
    errors = []
    _run_cleanups(_module_cleanups, errors.append)
    if errors:
        raise errors[0]


# ---- loading ----------------------------------------------------------------

def three_way_cmp(x, y):
    return (x > y) - (x < y)


class TestLoader:
    """Makes suites of the test methods of TestCase classes and modules."""

    __module__ = 'unittest.loader'

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(three_way_cmp)
    testNamePatterns = None
    suiteClass = TestSuite

    def __init__(self):
        self.errors = []

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError('Test cases should not be derived from TestSuite.'
                            ' Maybe you meant to derive from TestCase?')
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *, pattern=None):
        tests = []
        for name in dir(module):
            obj = getattr(module, name, None)
            if isinstance(obj, type) and issubclass(obj, TestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            return load_tests(self, tests, pattern)
        return tests

    def loadTestsFromName(self, name, module=None):
        parts = name.split('.')
        if module is None:
            module = _import(parts[0])
            parts = parts[1:]
        parent, obj = None, module
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        if isinstance(obj, type(sys)):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if (isinstance(parent, type) and issubclass(parent, TestCase)
                and callable(obj)):
            return self.suiteClass([parent(parts[-1])])
        if isinstance(obj, TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, TestSuite):
                return test
            if isinstance(test, TestCase):
                return self.suiteClass([test])
            raise TypeError('calling %s returned %s, not a test' % (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        def wanted(name):
            if not name.startswith(self.testMethodPrefix):
                return False
            if not callable(getattr(testCaseClass, name)):
                return False
            if self.testNamePatterns is None:
                return True
            full_name = '%s.%s.%s' % (testCaseClass.__module__,
                                      testCaseClass.__qualname__, name)
            return any(_matches(full_name, pattern) for pattern in self.testNamePatterns)
        names = [name for name in dir(testCaseClass) if wanted(name)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names


def _matches(name, pattern):
    # -k patterns: a glob when it has wildcards, else a substring.
    if '*' not in pattern:
        pattern = '*%s*' % pattern
    regex = ''.join('.*' if c == '*' else '.' if c == '?' else re.escape(c) for c in pattern)
    return re.fullmatch(regex, name) is not None


defaultTestLoader = TestLoader()


# ---- main -------------------------------------------------------------------

class TestProgram:
    """Loads the tests of a module (__main__ by default) or those named on
    the command line, runs them, and exits with 0 when all passed, else 1
    (unless exit=False)."""

    __module__ = 'unittest.main'

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = _import(module)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = 'default' if warnings is None else warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = argv[0] if argv else None
        self.parseArgs(argv)
        self.runTests()

    def parseArgs(self, argv):
        names = []
        patterns = []
        args = list(argv[1:])
        while args:
            arg = args.pop(0)
            if arg in ('-v', '--verbose'):
                self.verbosity = 2
            elif arg in ('-q', '--quiet'):
                self.verbosity = 0
            elif arg in ('-f', '--failfast'):
                self.failfast = True
            elif arg in ('-b', '--buffer'):
                self.buffer = True
            elif arg in ('-c', '--catch'):
                self.catchbreak = True
            elif arg == '-k' and args:
                patterns.append(args.pop(0))
            else:
                names.append(arg)
        if patterns:
            self.testLoader.testNamePatterns = patterns
        if names:
            self.testNames = names
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self):
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        if self.testRunner is None:
            self.testRunner = TextTestRunner
        if isinstance(self.testRunner, type):
            runner = self.testRunner(verbosity=self.verbosity, failfast=self.failfast,
                                     buffer=self.buffer, warnings=self.warnings,
                                     tb_locals=self.tb_locals)
        else:
            runner = self.testRunner
        self.result = runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
