import asyncio
from contextlib import asynccontextmanager, nullcontext

@asynccontextmanager
async def session(name):
    print("open", name)
    await asyncio.sleep(0)
    yield name * 2
    print("close", name)

async def main():
    async with session("ab") as s:
        print("using", s)
    async with nullcontext(5) as v:
        print(v)
    try:
        async with session("err") as s:
            raise ValueError("inside")
    except ValueError as e:
        print("caught", e)

asyncio.run(main())
