import random
import threading
import logging

logging.basicConfig(level=logging.DEBUG, format='(%(threadName)-10s) %(message)s')

def show_value(data):
    try:
        val = data.value
    except AttributeError:
        logging.debug('No value yet')
    else:
        logging.debug('value=%s', val)

def worker(data, v):
    show_value(data)
    data.value = v
    show_value(data)

class MyLocal(threading.local):
    def __init__(self, value):
        super().__init__()
        logging.debug('Initializing %s', repr(self).split(' at ')[0] + '>')
        self.value = value

local_data = MyLocal(1000)
show_value(local_data)

for i in range(2):
    t = threading.Thread(target=worker, args=(local_data, i * 7), name=f'T{i}')
    t.start()
    t.join()

mydata = threading.local()
mydata.x = 1
print(sorted(mydata.__dict__.items()))
def f():
    print('in thread', mydata.__dict__)
    mydata.y = 2
t = threading.Thread(target=f); t.start(); t.join()
print(sorted(mydata.__dict__.items()))
try:
    threading.local(1)
except TypeError as e:
    print('TypeError:', e)
