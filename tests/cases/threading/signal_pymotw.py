import os
import signal
import threading
import time


def receive_signal(signum, stack):
    print('Received:', signum, signal.Signals(signum).name)


signal.signal(signal.SIGUSR1, receive_signal)
signal.signal(signal.SIGUSR2, receive_signal)
print('My PID is a number:', isinstance(os.getpid(), int))
os.kill(os.getpid(), signal.SIGUSR1)
os.kill(os.getpid(), signal.SIGUSR2)

def alarm_received(n, stack):
    print('alarm handler ran in', threading.current_thread().name)

signal.signal(signal.SIGALRM, alarm_received)
print('alarm left before:', signal.alarm(1))
print('Before pause')
signal.pause()
print('After pause')

signals_to_names = {
    getattr(signal, n): n
    for n in dir(signal)
    if n.startswith('SIG') and '_' not in n
}
for s, name in sorted(signals_to_names.items())[:6]:
    handler = signal.getsignal(s)
    if handler is signal.SIG_DFL:
        handler = 'SIG_DFL'
    elif handler is signal.SIG_IGN:
        handler = 'SIG_IGN'
    print('{:<10} ({:2d}):'.format(name, s), handler)

print(repr(signal.SIGINT), str(signal.SIGINT), signal.SIGINT == 2)
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN))
print(signal.SIGIOT, repr(signal.SIGIOT), repr(signal.SIGPOLL))
print(signal.Signals(15), signal.Signals['SIGKILL'], list(signal.Handlers))
print(signal.getsignal(signal.SIGINT))
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is receive_signal)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL))
print(signal.getsignal(signal.SIGUSR1), type(signal.getsignal(signal.SIGUSR1)))
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGKILL), signal.strsignal(40))
vs = signal.valid_signals()
print(len(vs), signal.SIGINT in vs, 32 in vs, type(min(vs)).__name__)
print(signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF)
print(issubclass(signal.ItimerError, OSError), signal.ItimerError)
print(signal.getitimer(signal.ITIMER_REAL))
print(signal.setitimer(signal.ITIMER_REAL, 10) == (0.0, 0.0))
left, interval = signal.setitimer(signal.ITIMER_REAL, 0)
print(9 < left <= 10, interval)
try:
    signal.setitimer(99, 1)
except signal.ItimerError as e:
    print('ItimerError:', e)
try:
    os.kill(999999999, signal.SIGTERM)
except ProcessLookupError as e:
    print(type(e).__name__, e)
try:
    signal.signal(signal.SIGUSR1, 'x')
except TypeError as e:
    print('TypeError:', e)
try:
    signal.getsignal(0)
except ValueError as e:
    print('ValueError:', e)

def in_thread():
    try:
        signal.signal(signal.SIGUSR1, receive_signal)
    except ValueError as e:
        print('ValueError:', e)
t = threading.Thread(target=in_thread)
t.start(); t.join()

signal.signal(signal.SIGALRM, lambda n, f: print('tick'))
signal.setitimer(signal.ITIMER_REAL, 0.05, 0.05)
for _ in range(3):
    signal.pause()
signal.setitimer(signal.ITIMER_REAL, 0)
print('done')
