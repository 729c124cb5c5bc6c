import asyncio

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def main():
    print("started")
    await say_after(0.2, 'hello')
    await say_after(0.05, 'world')
    task1 = asyncio.create_task(say_after(0.2, 'hello'))
    task2 = asyncio.create_task(say_after(0.05, 'world'))
    print(task1.get_name(), task2.get_name())
    await task1
    await task2
    print("finished", task1.done(), task2.result())

asyncio.run(main())
