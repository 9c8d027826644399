"""The load bench's webhook client resends a request that met a keep-alive connection the
server had closed while idle (its time-out), as HTTP clients and Telegram do: without it the
bench counted an update lost that Telegram would have delivered again."""

import asyncio

from bench.load_bench import WebhookClient


async def test_a_connection_closed_while_idle_is_replaced() -> None:
    served: list[int] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        body = await reader.readexactly(2)  # the tiny body: "{}"
        assert body == b"{}"
        served.append(1)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")
        await writer.drain()
        writer.close()  # closed at once, as after an idle time-out, without "Connection: close"

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    client = WebhookClient([port], "/hook")
    try:
        assert await client.post(0, b"{}") == 200
        await asyncio.sleep(0.05)  # the server has closed the kept connection meanwhile
        assert await client.post(0, b"{}") == 200
        assert len(served) == 2
    finally:
        client.close()
        server.close()
        await server.wait_closed()
