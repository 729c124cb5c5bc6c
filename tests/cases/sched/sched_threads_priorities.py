import sched
import threading
import time

s = sched.scheduler(time.time, time.sleep)
counter = 0

def increment_counter(name):
    global counter
    print('EVENT:', name)
    counter += 1
    print('NOW:', counter)

print('START')
e1 = s.enter(0.5, 1, increment_counter, ('E1',))
e2 = s.enter(0.6, 1, increment_counter, ('E2',))

t = threading.Thread(target=s.run)
t.start()
s.cancel(e1)
t.join()
print('FINAL:', counter)

# priorities at the same time
s = sched.scheduler(time.monotonic, time.sleep)
now = time.monotonic()
for name, prio in [('low', 3), ('high', 1), ('mid', 2)]:
    s.enterabs(now + 0.01, prio, print, (name,))
print([e.argument for e in s.queue])
print([e.priority for e in s.queue])
s.run()

# a fake clock makes the order visible without real waiting
clock = [0]
def fake_time():
    return clock[0]
def fake_sleep(d):
    clock[0] += d
    print('sleep', d)
s = sched.scheduler(fake_time, fake_sleep)
s.enter(5, 1, lambda: print('at', clock[0]))
s.enter(2, 1, lambda: print('at', clock[0]))
s.enter(2, 0, lambda: print('first at', clock[0]))
ev = s.enterabs(10, 1, print, kwargs={'sep': ''})
print(s.run(blocking=False))
print(len(s.queue), s.queue[0] < s.queue[1], s.queue[0] == s.queue[0])
s.run()
print(s.run(), s.empty())
a = sched.Event(1, 2, 3, print, (), {})
b = sched.Event(1, 2, 3, len, (1,), {})
print(a == b, a < b, a <= b, a.time, a._fields)
print(sched.__all__)
