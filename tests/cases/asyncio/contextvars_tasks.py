import asyncio
import contextvars

client_addr_var = contextvars.ContextVar('client_addr')

def render_goodbye():
    client_addr = client_addr_var.get()
    return f'Good bye, client @ {client_addr}\n'.encode()

async def handle_request(n):
    client_addr_var.set(f'127.0.0.1:{8000 + n}')
    await asyncio.sleep(0.01 * (3 - n))
    return render_goodbye()

request_id = contextvars.ContextVar('request_id', default=None)

async def sub():
    return request_id.get()

async def main():
    results = await asyncio.gather(*(handle_request(i) for i in range(3)))
    for r in results:
        print(r)
    request_id.set(42)
    print(await asyncio.create_task(sub()))
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, 7)
    t = asyncio.get_running_loop().create_task(sub(), context=ctx) if hasattr(asyncio.Task, 'get_context') else None
    print(request_id.get())
    try:
        client_addr_var.get()
    except LookupError:
        print('no client addr in main')

asyncio.run(main())
