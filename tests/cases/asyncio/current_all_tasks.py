import asyncio

async def child():
    t = asyncio.current_task()
    print("child task", t.get_name())
    await asyncio.sleep(0.01)

async def main():
    me = asyncio.current_task()
    print("main task", me.get_name())
    t = asyncio.create_task(child(), name="kid")
    print(len(asyncio.all_tasks()))
    await t
    print(len(asyncio.all_tasks()), t in asyncio.all_tasks())
    t2 = asyncio.create_task(child())
    t2.set_name("renamed")
    await t2

asyncio.run(main())
