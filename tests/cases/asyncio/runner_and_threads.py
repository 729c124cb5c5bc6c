import asyncio
import threading


async def echo(x):
    await asyncio.sleep(0)
    return x


with asyncio.Runner() as runner:
    print(runner.run(echo(1)), runner.run(echo(2)))
    loop = runner.get_loop()
    print(loop.is_closed(), asyncio.get_event_loop() is loop)
print(loop.is_closed())
coro = echo(3)
try:
    runner.run(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
    coro.close()
try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError:", e)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

# Each thread runs its own loop.
results = {}


def run_in_thread(n):
    results[n] = asyncio.run(echo(n * n))


threads = [threading.Thread(target=run_in_thread, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))


def no_loop():
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        print("RuntimeError:", e)


t = threading.Thread(target=no_loop, name="worker")
t.start()
t.join()

# A loop running in a background thread, fed from this one.
loop = asyncio.new_event_loop()
background = threading.Thread(target=loop.run_forever)
background.start()
print(asyncio.run_coroutine_threadsafe(echo("threadsafe"), loop).result(timeout=10))
futures = [asyncio.run_coroutine_threadsafe(echo(i), loop) for i in range(5)]
print([f.result(timeout=10) for f in futures])


async def fails():
    raise KeyError("in loop")


try:
    asyncio.run_coroutine_threadsafe(fails(), loop).result(timeout=10)
except KeyError as e:
    print("KeyError:", e)
try:
    asyncio.run_coroutine_threadsafe(5, loop)
except TypeError as e:
    print("TypeError:", e)
loop.call_soon_threadsafe(loop.stop)
background.join()
print(loop.is_running())
loop.close()
