# Reading children's output line by line as it comes, talking to a child over its
# stdin, several children at once, and their exit codes.
import asyncio
import sys
from asyncio.subprocess import PIPE, STDOUT, DEVNULL

CHILD = '''
import sys, time
name = sys.argv[1]
for i in range(3):
    print(name, i, flush=True)
    time.sleep(0.05)
print(name, 'warns', file=sys.stderr)
sys.exit(len(name))
'''

async def follow(name):
    proc = await asyncio.create_subprocess_exec(sys.executable, '-c', CHILD, name,
                                                stdout=PIPE, stderr=STDOUT)
    lines = []
    while True:
        line = await proc.stdout.readline()
        if not line:
            break
        lines.append(line.decode().strip())
    code = await proc.wait()
    return name, lines, code, proc.returncode

async def async_for_lines():
    proc = await asyncio.create_subprocess_shell('printf "a\\nb\\nc"', stdout=PIPE)
    got = [line async for line in proc.stdout]
    print(got, await proc.wait(), proc.stdout.at_eof())

async def conversation():
    proc = await asyncio.create_subprocess_exec('cat', stdin=PIPE, stdout=PIPE)
    for word in (b'ping', b'pong'):
        proc.stdin.write(word + b'\n')
        await proc.stdin.drain()
        print('reply', await proc.stdout.readline())
    proc.stdin.close()
    print('rest', await proc.stdout.read(), await proc.wait())

async def main():
    results = await asyncio.gather(*(follow(n) for n in ('ab', 'cde', 'f')))
    for r in results:
        print(r)
    await async_for_lines()
    await conversation()

    proc = await asyncio.create_subprocess_shell('echo gone; echo also >&2', stdout=DEVNULL,
                                                 stderr=DEVNULL)
    print(proc.stdout, proc.stderr, await proc.communicate(), proc.returncode)

    proc = await asyncio.create_subprocess_exec('sh', '-c', 'kill -TERM $$')
    print('signalled', await proc.wait())

    proc = await asyncio.create_subprocess_exec('sleep', '5')
    print(proc.returncode)
    proc.terminate()
    print('terminated', await proc.wait(), proc.returncode)

    # Exit order follows the children's own durations, not the order they started in.
    finished = []

    async def timed(delay):
        p = await asyncio.create_subprocess_exec('sleep', str(delay))
        await p.wait()
        finished.append(delay)
    await asyncio.gather(timed(0.6), timed(0.1), timed(0.35))
    print(finished)

    try:
        await asyncio.create_subprocess_exec('no-such-program-anywhere')
    except FileNotFoundError as e:
        print(type(e).__name__, e)

asyncio.run(main())
