import asyncio
import contextvars
import threading
import time

request = contextvars.ContextVar('request', default='none')

def blocking_io(n):
    print(f'start blocking_io {n} request={request.get()} in main thread: {threading.current_thread() is threading.main_thread()}')
    time.sleep(0.05)
    return n * 10

def failing():
    raise ValueError('bad value in thread')

async def main():
    request.set('req-1')
    print(f'started main')
    r = await asyncio.gather(
        asyncio.to_thread(blocking_io, 1),
        asyncio.sleep(0.01, result='slept'))
    print(r)
    loop = asyncio.get_running_loop()
    r = await loop.run_in_executor(None, blocking_io, 2)
    print(r)
    try:
        await asyncio.to_thread(failing)
    except ValueError as e:
        print('caught', e)
    await asyncio.to_thread(failing)

asyncio.run(main())
