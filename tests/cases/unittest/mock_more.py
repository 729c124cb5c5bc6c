import os
import unittest
from unittest import mock
from unittest.mock import MagicMock, Mock, PropertyMock, call, patch


class Service:
    def fetch(self, key):
        return 'real ' + key

    @property
    def status(self):
        return 'real status'


def use_service(svc):
    return svc.fetch('a') + '/' + svc.fetch('b')


m = Mock()
m.a.b.c(1)
m().x(2)
m.y()(3)
print(m.mock_calls)
print(m.method_calls)
print(m.a.b.mock_calls, m.a.mock_calls)
print(repr(m.a.b.c).split(' id=')[0], repr(m().x).split(' id=')[0], repr(Mock(name='named')).split(' id=')[0])
print(call(1) == call(1), call(1) == call(2), call.a(1) == call.b(1), m.a.b.c.call_args == ((1,), {}),
      m.a.b.c.call_args == call(1), m.a.b.c.call_args_list == [call(1)], call(1, x=mock.ANY) == call(1, x=9))
args, kwargs = m.a.b.c.call_args
print(args, kwargs, call(1, 2).args, call(a=1).kwargs)

svc = Mock(spec=Service)
svc.fetch.side_effect = lambda key: key.upper()
print(use_service(svc), svc.fetch.call_count)
svc.fetch.assert_has_calls([call('a'), call('b')])
svc.fetch.assert_has_calls([call('b'), call('a')], any_order=True)
try:
    svc.missing
except AttributeError as e:
    print('AttributeError', e)
try:
    m.assert_called_one()
except AttributeError as e:
    print('AttributeError', e)

with patch.object(Service, 'status', new_callable=PropertyMock) as status:
    status.return_value = 'mocked status'
    print(Service().status, status.call_count)
print(Service().status)

opener = mock.mock_open(read_data='line1\nline2\n')
with patch('builtins.open', opener):
    with open('whatever.txt') as f:
        print(f.read())
opener.assert_called_once_with('whatever.txt')

mm = MagicMock()
with mm as entered:
    print(entered is mm.__enter__.return_value)
mm.__getitem__.side_effect = lambda k: k * 2
mm.__iter__.return_value = iter([1, 2])
print(mm[21], list(mm), mm.__exit__.call_count)
mm.__str__.return_value = 'custom str'
print(str(mm))
mm.configure_mock(**{'child.attr': 5, 'method.return_value': 'r'})
print(mm.child.attr, mm.method())
mm.reset_mock()
print(mm.method.call_count, mm.method())
w = Mock(wraps=Service())
print(w.fetch('z'), w.fetch.call_count)
print(mock.sentinel.token, mock.DEFAULT, repr(mock.ANY))
try:
    patch('os.no_such_thing').start()
except AttributeError as e:
    print('AttributeError', str(e).split('> ')[1])
with patch.object(Service, 'created', create=True, new=3):
    print(Service.created)
print(hasattr(Service, 'created'))
try:
    patch('nodots')
except TypeError as e:
    print('TypeError', e)
p = patch.dict('os.environ', {'MOCK_TEST_VAR': 'on'}, )
p.start()
print(os.environ.get('MOCK_TEST_VAR'))
p.stop()
print(os.environ.get('MOCK_TEST_VAR'))


@patch('os.getcwd', return_value='/patched')
class PatchedTests(unittest.TestCase):
    def test_cwd(self, getcwd):
        self.assertEqual(os.getcwd(), '/patched')
        getcwd.assert_called_once_with()

    @patch('os.listdir')
    def test_two(self, listdir, getcwd):
        listdir.return_value = ['x']
        self.assertEqual(os.listdir('.'), ['x'])
        listdir.assert_called_with('.')
        getcwd.assert_not_called()

    def test_message(self, getcwd):
        os.getcwd()
        with self.assertRaises(AssertionError) as cm:
            getcwd.assert_called_with('arg')
        print(cm.exception)


unittest.main(verbosity=2, exit=False)
print(os.getcwd() != '/patched')
