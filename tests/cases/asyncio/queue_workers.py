import asyncio

async def worker(name, queue, log):
    while True:
        delay = await queue.get()
        await asyncio.sleep(delay)
        log.append((name, delay))
        print(f'{name} slept {delay}')
        queue.task_done()

async def main():
    queue = asyncio.Queue()
    for d in [0.3, 0.1, 0.2, 0.04, 0.4]:
        queue.put_nowait(d)
    log = []
    tasks = [asyncio.create_task(worker(f'worker-{i}', queue, log)) for i in range(3)]
    await queue.join()
    for task in tasks:
        task.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print(len(log))

asyncio.run(main())
