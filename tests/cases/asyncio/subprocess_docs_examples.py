# The asyncio docs' subprocess examples: shell and exec children, run concurrently,
# communicate() with input, wait_for() and kill(), and the refused options.
import asyncio, sys

async def run(cmd):
    proc = await asyncio.create_subprocess_shell(
        cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    stdout, stderr = await proc.communicate()
    print(f'[{cmd!r} exited with {proc.returncode}]')
    if stdout:
        print(f'[stdout]\n{stdout.decode()}')
    if stderr:
        print(f'[stderr]\n{stderr.decode()}')

async def get_date():
    code = 'import datetime; print(2+3)'
    proc = await asyncio.create_subprocess_exec(sys.executable, '-c', code, stdout=asyncio.subprocess.PIPE)
    data = await proc.stdout.readline()
    line = data.decode('ascii').rstrip()
    await proc.wait()
    return line

async def main():
    await run('ls /zzz')
    await run('echo hello')
    await asyncio.gather(run('sleep 0.3; echo one'), run('sleep 0.1; echo two'))
    print(await get_date())
    p = await asyncio.create_subprocess_exec('cat', stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    out, err = await p.communicate(b'abc' * 100000)
    print(len(out), out[:9], err)
    print(p.returncode, repr(p).startswith('<Process '))
    p = await asyncio.create_subprocess_exec('sleep', '10')
    try:
        await asyncio.wait_for(p.wait(), 0.2)
    except asyncio.TimeoutError:
        print('timeout')
        p.kill()
        print(await p.wait())
    for kw in [{'text': True}, {'shell': True}, {'bufsize': 1}, {'encoding': 'utf-8'}, {'universal_newlines': True}]:
        try:
            await asyncio.create_subprocess_exec('true', **kw)
        except ValueError as e:
            print(e)
    try:
        await asyncio.create_subprocess_shell(['true'])
    except ValueError as e:
        print(e)
    try:
        await asyncio.create_subprocess_shell('true', shell=False)
    except ValueError as e:
        print(e)

asyncio.run(main())
