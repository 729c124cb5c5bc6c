from unittest import mock
m = mock.Mock()
m(1, 2, a=3)
m.foo.bar(5)
print(m.call_args, m.call_args_list, m.mock_calls, m.method_calls, m.call_count, m.called)
print(m.call_args.args, m.call_args.kwargs)
for f in [lambda: m.assert_called_with(1, 3), lambda: m.assert_called_once_with(1), lambda: m.assert_not_called(),
          lambda: mock.Mock().assert_called_with(1), lambda: mock.Mock(name='x').assert_called(),
          lambda: mock.Mock().assert_called_once(), lambda: m.assert_any_call(9), lambda: m.foo.bar.assert_called_with(6)]:
    try: f()
    except AssertionError as e: print(repr(str(e)))
m.return_value = 7; print(m())
m.side_effect = [1, 2]; print(m(), m())
try: m()
except StopIteration as e: print('StopIteration', repr(e))
m.side_effect = KeyError('k')
try: m()
except KeyError as e: print('KeyError', e)
m.side_effect = lambda x: x * 2; print(m(4))
mm = mock.MagicMock(); print(len(mm), list(mm), repr(mm[3]).split(" id=")[0], 3 in mm, int(mm), str(mm)[:12], bool(mm))
mm.__len__.return_value = 5; print(len(mm))
print(mock.call(1, b=2), mock.call.x.y(3), mock.ANY == 5, mock.sentinel.foo, mock.sentinel.foo is mock.sentinel.foo)
s = mock.Mock(spec=['a', 'b'])
try: s.c
except AttributeError as e: print('AttributeError', e)
m2 = mock.Mock(return_value=3, **{'method.return_value': 4}); print(m2(), m2.method())
m2.reset_mock(); print(m2.call_count, m2())
import os
with mock.patch('os.getcwd', return_value='/fake') as p:
    print(os.getcwd(), p.called)
print(os.getcwd() != '/fake')
@mock.patch('os.getcwd')
def f(g):
    g.return_value = 'x'; return os.getcwd()
print(f())
class C:
    def meth(self): return 'real'
with mock.patch.object(C, 'meth', return_value='fake'):
    print(C().meth())
print(C().meth())
with mock.patch.dict(os.environ, {'ZZZ': '1'}):
    print(os.environ['ZZZ'])
print('ZZZ' in os.environ)
m3 = mock.Mock(name='m3')
m3(1); m3(2)
print(m3.call_args_list == [mock.call(1), mock.call(2)])
m3.assert_has_calls([mock.call(1), mock.call(2)])
try: m3.assert_has_calls([mock.call(3)])
except AssertionError as e: print(repr(str(e)))
