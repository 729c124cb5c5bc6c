# asyncio.Runner and asyncio.run misused: the frames of CPython's runners.py.
import asyncio
import traceback


async def hello():
    return "hello"


async def nested():
    coro = hello()
    try:
        asyncio.run(coro)
    except RuntimeError:
        traceback.print_exc()
    coro.close()


with asyncio.Runner() as runner:
    print(runner.run(hello()))
    try:
        runner.run(print)
    except ValueError:
        traceback.print_exc()
    runner.run(nested())
coro = hello()
for action in (runner.get_loop, lambda: runner.run(coro)):
    try:
        action()
    except RuntimeError:
        traceback.print_exc()
coro.close()
