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
    # Wide gaps between the wake-ups, so a busy machine cannot reorder them.
    for d in [0.9, 0.3, 0.6, 0.12, 1.2]:
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
