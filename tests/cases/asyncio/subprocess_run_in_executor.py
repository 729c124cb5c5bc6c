# Blocking subprocess calls from asyncio through run_in_executor and to_thread.
import asyncio, functools, subprocess

async def main():
    loop = asyncio.get_running_loop()
    calls = [loop.run_in_executor(None, functools.partial(subprocess.run, ['sh', '-c', f'sleep 0.{i}; echo {i}'], capture_output=True, text=True)) for i in (3, 1, 2)]
    for r in await asyncio.gather(*calls):
        print(r.args[-1], r.stdout.strip(), r.returncode)
    out = await asyncio.to_thread(subprocess.check_output, ['echo', 'threaded'])
    print(out)

asyncio.run(main())
