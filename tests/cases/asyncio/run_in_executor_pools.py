import asyncio
import concurrent.futures
import os
import threading


def thread_name():
    return threading.current_thread().name


def fail():
    raise KeyError("in executor")


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, thread_name))
    print(await asyncio.to_thread(thread_name))
    with concurrent.futures.ThreadPoolExecutor(thread_name_prefix="mine") as pool:
        print(await loop.run_in_executor(pool, thread_name))
    with concurrent.futures.ProcessPoolExecutor(max_workers=1) as pool:
        print(await loop.run_in_executor(pool, os.getpid) != os.getpid())
        print(await loop.run_in_executor(pool, pow, 2, 10))
    try:
        await loop.run_in_executor(None, fail)
    except KeyError as e:
        print("KeyError", e)


asyncio.run(main())
print([t.name for t in threading.enumerate()])
