# gather(return_exceptions=True) over children, some of which cannot start or fail.
import asyncio

async def run(cmd):
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    out, _ = await proc.communicate()
    if proc.returncode:
        raise RuntimeError(f'{cmd!r} failed with {proc.returncode}: {out.decode().strip()}')
    return out.decode().strip()

async def start(prog):
    return await asyncio.create_subprocess_exec(prog)

async def main():
    results = await asyncio.gather(run('echo ok'), run('echo bad >&2; exit 2'), start('/no/such/tool'), return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)

asyncio.run(main())
