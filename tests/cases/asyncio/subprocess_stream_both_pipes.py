# Stream stdout and stderr of a child at the same time, prefixing each line.
import asyncio, sys

CHILD = r'''
import sys, time
for i in range(3):
    print(f"out {i}", flush=True)
    time.sleep(0.05)
    print(f"err {i}", file=sys.stderr, flush=True)
    time.sleep(0.05)
'''

async def pump(stream, tag, sink):
    while line := await stream.readline():
        sink.append(f'{tag}: {line.decode().rstrip()}')

async def main():
    proc = await asyncio.create_subprocess_exec(sys.executable, '-c', CHILD,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    lines = []
    await asyncio.gather(pump(proc.stdout, 'OUT', lines), pump(proc.stderr, 'ERR', lines))
    print(await proc.wait())
    for tag in ('OUT', 'ERR'):
        print([line for line in lines if line.startswith(tag)])

asyncio.run(main())
