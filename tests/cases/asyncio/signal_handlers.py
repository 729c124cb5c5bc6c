import asyncio
import signal
import threading
import time

async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGUSR1, stop.set)
    threading.Timer(0.05, signal.raise_signal, args=(signal.SIGUSR1,)).start()
    t0 = time.monotonic()
    await stop.wait()
    print("stopped by signal", time.monotonic() - t0 < 2)
    print(loop.remove_signal_handler(signal.SIGUSR1), loop.remove_signal_handler(signal.SIGUSR1))
    for bad in ("x", 0, 99999):
        try:
            loop.add_signal_handler(bad, print)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)

asyncio.run(main())


async def stop_on_signal():
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, lambda: print("got SIGTERM") or loop.stop())
    signal.raise_signal(signal.SIGTERM)
    await asyncio.sleep(10)

try:
    asyncio.run(stop_on_signal())
except RuntimeError as e:
    print("RuntimeError:", e)

loop = asyncio.new_event_loop()
fut = loop.create_future()
fut.set_result(1)
for action in (lambda: fut.set_result(2), lambda: fut.set_exception(ValueError())):
    try:
        action()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
loop.close()
