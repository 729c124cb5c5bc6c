# In 3.11 a TaskGroup whose task failed while the block was waiting leaves its parent
# task with a cancellation request, so a later asyncio.timeout in that task does not
# turn its expiry into TimeoutError.
import asyncio


async def fail():
    await asyncio.sleep(0.01)
    raise ValueError("task failed")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail())
    except* ValueError as eg:
        print("caught", repr(eg.exceptions))
    task = asyncio.current_task()
    print("cancelling:", task.cancelling())
    async with asyncio.timeout(0.01):
        await asyncio.sleep(1)
    print("not reached")


asyncio.run(main())
