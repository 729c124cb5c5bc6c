# Real Python style: run commands concurrently and handle each as it finishes.
import asyncio, sys

async def run(name, delay):
    proc = await asyncio.create_subprocess_exec(
        'sh', '-c', f'sleep {delay}; echo "{name} done"',
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate()
    return name, out.decode().strip(), proc.returncode

async def main():
    jobs = [run('c', 0.7), run('a', 0.05), run('b', 0.35)]
    for coro in asyncio.as_completed(jobs):
        print(await coro)
    proc = await asyncio.create_subprocess_exec(sys.executable, '-c', 'import time; time.sleep(5)')
    try:
        await asyncio.wait_for(proc.communicate(), timeout=0.3)
    except asyncio.TimeoutError:
        print('too slow, killing')
        proc.kill()
    print(await proc.wait())

asyncio.run(main())
