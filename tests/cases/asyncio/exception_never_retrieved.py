# A task whose exception nobody retrieved is reported when it goes, with its repr.
import asyncio

async def fail(n):
    await asyncio.sleep(0)
    raise ValueError(f"failure {n}")

async def main():
    t = asyncio.create_task(fail(1))
    await asyncio.sleep(0.01)
    print("task done:", t.done())
    del t
    print("after del")
    asyncio.create_task(fail(2))
    await asyncio.sleep(0.01)
    print("end of main")

asyncio.run(main())
print("after run")
