import sched
import time

scheduler = sched.scheduler(time.monotonic, time.sleep)

def print_event(name, start):
    now = time.monotonic()
    elapsed = int(now - start)
    print('EVENT: {} elapsed={} name={}'.format(time.ctime(now)[:0], elapsed, name))

start = time.monotonic()
print('START')
scheduler.enter(0.02, 1, print_event, ('first', start))
scheduler.enter(0.03, 1, print_event, ('second', start))
e3 = scheduler.enter(0.03, 0, print_event, ('priority0', start))
e4 = scheduler.enter(0.01, 1, print_event, ('cancelled', start))
scheduler.cancel(e4)
print(len(scheduler.queue), scheduler.empty())
scheduler.run()
print(scheduler.empty())

s = sched.scheduler()
s.enter(1.0, 1, print, argument=('kw',), kwargs={'sep': '-', 'end': '!\n'})
ev = s.enterabs(time.monotonic() + 100, 1, print)
print(type(ev).__name__, ev._fields)
print(s.run(blocking=False) is not None)
s.cancel(ev)
s.run()
try:
    s.cancel(ev)
except ValueError as e:
    print('ValueError:', e)
