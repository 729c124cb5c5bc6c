import contextvars
import re

def masked(e):
    return re.sub(r'0x[0-9a-f]+', '0x...', str(e))

import threading

var = contextvars.ContextVar('var', default='default')
print(masked(repr(var)))
print(var.name, var.get())
token = var.set('main')
print(var.get(), token.var is var, token.old_value)

def worker(name):
    print(name, 'sees', var.get())
    var.set(name)
    print(name, 'set', var.get())

t = threading.Thread(target=worker, args=('t1',))
t.start(); t.join()
print('main still', var.get())

ctx = contextvars.copy_context()
def in_ctx():
    var.set('in ctx')
    return var.get()
print(ctx.run(in_ctx), var.get(), ctx[var])
print(var in ctx, len(ctx) >= 1)
var.reset(token)
print(var.get())
try:
    var.reset(token)
except RuntimeError as e:
    print('RuntimeError:', masked(e))
v2 = contextvars.ContextVar('v2')
try:
    v2.get()
except LookupError as e:
    print('LookupError:', masked(repr(e)))
print(v2.get('fallback'))

t = threading.Thread(target=ctx.run, args=(worker, 'ctx-thread'))
t.start(); t.join()
print(ctx[var])
