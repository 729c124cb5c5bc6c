import asyncio


def greet(name, times=1):
    pass


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(greet, "world")
    # CPython ends with the callback's source location: " at file:line>".
    print(repr(h).split(" at ")[0].rstrip(">"))
    h.cancel()
    print(repr(h).split(" at ")[0])
    long = loop.call_soon(print, "x" * 50, 12345, [1, 2])
    print(repr(long))
    long.cancel()
    t = loop.call_later(100, print, "later")
    r = repr(t)
    print(r[:r.index("when=")], r[r.index(" print("):])
    t.cancel()

asyncio.run(main())
