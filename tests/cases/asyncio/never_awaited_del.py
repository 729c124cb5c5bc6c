# A coroutine never awaited warns where the last reference to it went: at an
# expression statement or a del, in a function or at module level.
import asyncio


async def fetch(n):
    return n


def in_function():
    coros = [fetch(1), fetch(2)]
    del coros
    print("after del in a function")


in_function()
c = fetch(3)
del c
print("after del at module level")


class Holder:
    def __del__(self):
        print("Holder finalized")


async def main():
    h = Holder()
    del h
    print("after del of an instance with __del__")
    fetch(4)
    print(await fetch(5))


asyncio.run(main())
