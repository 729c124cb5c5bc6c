import signal
import time
import os

def handler(signum, frame):
    print('Signal handler called with signal', signum, signal.Signals(signum).name)
    raise OSError("Couldn't open device!")

signal.signal(signal.SIGALRM, handler)
signal.alarm(1)
try:
    time.sleep(3)
except OSError as e:
    print('caught', e)
signal.alarm(0)
print(signal.getsignal(signal.SIGALRM) is handler)
print(signal.SIGALRM, repr(signal.SIGALRM), int(signal.SIGALRM))
received = []
signal.signal(signal.SIGUSR1, lambda s, f: received.append(s))
os.kill(os.getpid(), signal.SIGUSR1)
time.sleep(0.01)
print(received)
print(signal.strsignal(signal.SIGTERM))
old = signal.signal(signal.SIGUSR1, signal.SIG_DFL)
print(signal.getsignal(signal.SIGUSR1))
print(signal.SIG_IGN, signal.default_int_handler)
signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    time.sleep(1)
except OSError as e:
    print('itimer caught', e)
