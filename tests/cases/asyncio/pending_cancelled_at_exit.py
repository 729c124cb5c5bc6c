import asyncio

async def background():
    try:
        print("background started")
        await asyncio.sleep(10)
    finally:
        print("background cleaned up")

async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0.01)
    print("main returns")

asyncio.run(main())
print("after run")
