# The tutorials' first mistake: calling a coroutine function without awaiting it.
import asyncio

async def main():
    print("hello")

main()
print("end")
