# A coroutine that is never awaited warns when it goes, at the line running then.
import asyncio
import warnings


async def fetch(n):
    return n


async def main():
    fetch(1)
    print("forgot to await fetch(1)")
    c = fetch(4)
    c.close()
    print("closed before running: no warning")
    print(await fetch(5))


asyncio.run(main())
try:
    asyncio.create_task(fetch(7))
except RuntimeError as e:
    print(e)


async def again():
    return "again"


def make():
    again()


make()
make()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    again()
    print("recorded")
print([str(w.message) for w in caught])
print(asyncio.run(again()))
