import logging
import unittest

log = logging.getLogger('app.module')


def work(n):
    log.info('working on %d', n)
    if n < 0:
        log.error('negative: %s', n)
    log.debug('hidden at INFO')


class Logs(unittest.TestCase):
    def test_captures(self):
        with self.assertLogs('app', level='INFO') as cm:
            work(-1)
        print(cm.output)
        print([r.getMessage() for r in cm.records], [r.levelname for r in cm.records])

    def test_default_root(self):
        with self.assertLogs() as cm:
            logging.getLogger('other').warning('root sees %s', 'this')
        print(cm.output)

    def test_level_object(self):
        with self.assertLogs(log, logging.ERROR) as cm:
            work(-5)
        print(cm.output)

    def test_nothing_logged(self):
        with self.assertRaises(AssertionError) as raised:
            with self.assertLogs('app', level='ERROR'):
                work(1)
        print(raised.exception)

    def test_no_logs(self):
        with self.assertNoLogs('app', level='ERROR'):
            work(2)
        with self.assertRaises(AssertionError) as raised:
            with self.assertNoLogs('app'):
                work(3)
        print(raised.exception)

    def test_restored(self):
        with self.assertLogs('app.module'):
            log.warning('x')
        print(log.handlers, log.propagate, log.level)


unittest.main(verbosity=2)
