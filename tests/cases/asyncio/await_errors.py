import asyncio

async def main():
    try:
        await 3
    except TypeError as e:
        print(e)
    try:
        await asyncio.gather(1)
    except TypeError as e:
        print(e)
    try:
        asyncio.get_running_loop().create_task(5)
    except TypeError as e:
        print(e)

asyncio.run(main())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
async def inner():
    s = asyncio.sleep(0)
    try:
        asyncio.run(s)
    finally:
        s.close()
c = inner()
try:
    asyncio.run(c)
except RuntimeError as e:
    print(e)
