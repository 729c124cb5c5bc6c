import asyncio


def handler(loop, context):
    # CPython adds the callback's source location, after " at ".
    print("handler:", context["message"].split(" at ")[0])
    print("  exception:", repr(context.get("exception")))
    print("  keys:", sorted(context))


def bad_callback(x):
    raise ValueError("callback failed %s" % x)


async def fails():
    raise KeyError("never retrieved")


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback, 1)
    await asyncio.sleep(0)
    t = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print("task done:", t.done())
    retrieved = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print("retrieved:", repr(retrieved.exception()))
    loop.call_exception_handler({"message": "custom", "extra": 1})
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print("TypeError:", e)
    print(repr(loop))


asyncio.run(main())
loop = asyncio.new_event_loop()
print(repr(loop))
loop.close()
print(repr(loop))
loop.close()
