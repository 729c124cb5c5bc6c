import asyncio

async def main():
    await asyncio.sleep(0)
    raise KeyError("boom")

try:
    asyncio.run(main())
except KeyError as e:
    print("caught", repr(e))

async def nested():
    try:
        await asyncio.sleep(0)
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e

try:
    asyncio.run(nested())
except ValueError as e:
    print(e, type(e.__cause__).__name__)
try:
    asyncio.run(42)
except ValueError as e:
    print(e)
