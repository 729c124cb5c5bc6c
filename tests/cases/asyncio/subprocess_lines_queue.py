# A producer task reads a child's lines into an asyncio.Queue; workers consume them.
import asyncio, sys

async def producer(q):
    proc = await asyncio.create_subprocess_exec(sys.executable, '-c', 'for i in range(6): print(i)', stdout=asyncio.subprocess.PIPE)
    async for line in proc.stdout:
        await q.put(int(line))
    await proc.wait()
    for _ in range(2):
        await q.put(None)
    return proc.returncode

async def worker(q, results):
    while (item := await q.get()) is not None:
        results.append(item * item)

async def main():
    q = asyncio.Queue(maxsize=2)
    results = []
    code, *_ = await asyncio.gather(producer(q), worker(q, results), worker(q, results))
    print(code, sorted(results))

asyncio.run(main())
