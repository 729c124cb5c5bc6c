# Limit how many children run at once with a semaphore.
import asyncio, sys

async def run_one(sem, i, running, peak):
    async with sem:
        running[0] += 1
        peak[0] = max(peak[0], running[0])
        proc = await asyncio.create_subprocess_exec(
            sys.executable, '-c', f'import time; time.sleep(0.1); print({i} * 3)',
            stdout=asyncio.subprocess.PIPE)
        out, _ = await proc.communicate()
        running[0] -= 1
        return int(out)

async def main():
    sem = asyncio.Semaphore(3)
    running, peak = [0], [0]
    results = await asyncio.gather(*(run_one(sem, i, running, peak) for i in range(7)))
    print(results, 'peak', peak[0])

asyncio.run(main())
