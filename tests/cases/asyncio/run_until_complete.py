import asyncio

async def compute(x):
    await asyncio.sleep(0.01)
    return x * 10

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(compute(4)))
t0 = loop.time()
print(loop.run_until_complete(asyncio.sleep(0.01, "ok")))
print(loop.time() >= t0)
print(loop.is_running(), loop.is_closed())
loop.close()
print(loop.is_closed())
c = compute(1)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print(e)
c.close()
