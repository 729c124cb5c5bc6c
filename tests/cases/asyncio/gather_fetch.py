import asyncio

async def fetch(url, delay):
    print(f"fetching {url}")
    await asyncio.sleep(delay)
    print(f"got {url}")
    return {"url": url, "size": len(url)}

async def main():
    urls = [("a.com", 0.3), ("bb.org", 0.1), ("ccc.net", 0.2)]
    results = await asyncio.gather(*(fetch(u, d) for u, d in urls))
    for r in results:
        print(r)
    print(await asyncio.gather())

asyncio.run(main())
