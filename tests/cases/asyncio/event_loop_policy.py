# The event loop policy: the default, a subclass that makes the loops, and the errors
# of setting something that is not a policy or a loop; asyncio.iscoroutinefunction.
import asyncio
import sys

if sys.platform == "win32":
    asyncio.set_event_loop_policy(asyncio.WindowsSelectorEventLoopPolicy())

p = asyncio.get_event_loop_policy()
print(type(p), type(p).__mro__)
l = p.get_event_loop()
print(asyncio.get_event_loop() is l)
class MyPolicy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        print('new loop')
        return super().new_event_loop()
asyncio.set_event_loop_policy(MyPolicy())
asyncio.run(asyncio.sleep(0))
try:
    asyncio.set_event_loop_policy(3)
except TypeError as e:
    print(e)
try:
    asyncio.set_event_loop(3)
except TypeError as e:
    print(e)
asyncio.set_event_loop_policy(None)
print(type(asyncio.get_event_loop_policy()))
print(asyncio.iscoroutinefunction(asyncio.sleep), asyncio.iscoroutinefunction(print))
async def main(): pass
class C:
    async def m(self): pass
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(C().m), asyncio.iscoroutinefunction(C.m))
try:
    asyncio.AbstractEventLoopPolicy().new_event_loop()
except NotImplementedError:
    print("NotImplementedError")
l.close()
