import asyncio

async def fetch(url, delay):
    print(f"fetching {url}")
    await asyncio.sleep(delay)
    print(f"got {url}")
    return {"url": url, "size": len(url)}

async def main():
    urls = [("a.com", 0.15), ("bb.org", 0.05), ("ccc.net", 0.1)]
    results = await asyncio.gather(*(fetch(u, d) for u, d in urls))
    for r in results:
        print(r)
    print(await asyncio.gather())

asyncio.run(main())
