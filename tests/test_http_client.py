"""The Bot API client (bot/http.py) against scripted HTTP servers: answer framings, the
keep-alive pool, malformed answers, multipart files, and https through a CONNECT proxy; the
main ones under uvloop's event loop too, which `forfait-bot run` uses."""

from __future__ import annotations

import asyncio
import json
import shutil
import ssl
import subprocess
from collections.abc import Awaitable, Callable
from email.parser import BytesParser
from pathlib import Path

import pytest
from telegram import InputFile
from telegram.error import NetworkError, TimedOut
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

from bot import http
from bot.http import BotApiRequest

OK = json.dumps({"ok": True, "result": True}).encode()
Answer = tuple[bytes, bool]  # what the server writes, and whether it then closes
Reply = Callable[[dict], Awaitable[Answer]]


def sized(body: bytes = OK, extra: str = "") -> bytes:
    return b"HTTP/1.1 200 OK\r\n%sContent-Length: %d\r\n\r\n%s" % (extra.encode(), len(body), body)


def answer(data: bytes, *, close: bool = False, delay: float = 0.0) -> Reply:
    async def reply(_: dict) -> Answer:
        await asyncio.sleep(delay)
        return data, close

    return reply


class Server:
    """Reads requests one after another on each connection (keep-alive) and answers each with
    `reply(request)`; a CONNECT is accepted (with `proxy_tls`: TLS is then served inside)."""

    def __init__(self, reply: Reply | None = None, proxy_tls: ssl.SSLContext | None = None):
        self.reply = reply or answer(sized())
        self.proxy_tls = proxy_tls
        self.requests: list[dict] = []
        self.connections = 0
        self.server: asyncio.Server | None = None
        self._writers: list[asyncio.StreamWriter] = []

    async def __aenter__(self) -> Server:
        self.server = await asyncio.start_server(self.handle, "127.0.0.1", 0)
        return self

    async def __aexit__(self, *_: object) -> None:
        assert self.server is not None
        self.server.close()
        for writer in self._writers:  # the handlers end on their own
            writer.close()
        await asyncio.sleep(0.01)

    @property
    def url(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.sockets[0].getsockname()[1]}"

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        connection = self.connections
        self._writers.append(writer)
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                first, *lines = head.decode("latin-1").split("\r\n")
                headers = {k.lower(): v for k, _, v in (x.partition(": ") for x in lines if x)}
                body = await reader.readexactly(int(headers.get("content-length", "0")))
                method, target, _ = first.split(" ")
                request = dict(method=method, target=target, headers=headers, body=body)
                self.requests.append(request | {"connection": connection})
                if method == "CONNECT":
                    writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
                    await writer.drain()
                    if self.proxy_tls is not None:
                        await writer.start_tls(self.proxy_tls)
                    continue
                data, close = await self.reply(request)
                writer.write(data)
                await writer.drain()
                if close:
                    break
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


def form(**params: object) -> RequestData:
    return RequestData([RequestParameter.from_input(k, v) for k, v in params.items()])


async def call(request: BotApiRequest, url: str, data: RequestData | None = None, **kw):
    return await request.do_request(f"{url}/botX/sendMessage", "POST", data, **kw)


@pytest.fixture
async def client():
    request = BotApiRequest(2, read_timeout=2.0)
    await request.initialize()
    yield request
    await request.shutdown()


async def test_a_chunked_answer_is_read_whole_and_the_connection_kept(client) -> None:
    chunked = (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
        b'5\r\n{"ok"\r\n' + b"%x\r\n%s\r\n" % (len(OK) - 5, OK[5:]) + b"0\r\n\r\n"
    )
    async with Server(answer(chunked)) as server:
        assert await call(client, server.url, form(chat_id=1)) == (200, OK)
        assert await call(client, server.url, form(chat_id=2)) == (200, OK)
    assert server.connections == 1
    first = server.requests[0]
    assert first["target"] == "/botX/sendMessage"
    assert first["headers"]["content-type"] == "application/x-www-form-urlencoded"
    assert first["body"] == b"chat_id=1"


async def test_connection_close_and_an_answer_ended_by_the_close(client) -> None:
    async with Server(answer(sized(extra="Connection: close\r\n"), close=True)) as server:
        assert await call(client, server.url, form(chat_id=1)) == (200, OK)
        # No length: the body ends with the connection.
        server.reply = answer(b"HTTP/1.1 200 OK\r\n\r\n" + OK, close=True)
        assert await call(client, server.url, form(chat_id=2)) == (200, OK)
        server.reply = answer(sized())
        assert await call(client, server.url, form(chat_id=3)) == (200, OK)
        assert await call(client, server.url, form(chat_id=4)) == (200, OK)
    assert server.connections == 3


async def test_the_pool_never_opens_more_than_its_size(client) -> None:
    async with Server(answer(sized(), delay=0.05)) as server:
        answers = await asyncio.gather(*(call(client, server.url, form(n=i)) for i in range(8)))
    assert answers == [(200, OK)] * 8
    assert server.connections == 2


async def test_waiting_for_a_busy_pool_too_long_is_a_time_out() -> None:
    request = BotApiRequest(1, pool_timeout=0.05)
    await request.initialize()

    try:
        async with Server(answer(sized(), delay=0.3)) as server:
            first = asyncio.ensure_future(call(request, server.url))
            await asyncio.sleep(0.01)
            with pytest.raises(TimedOut):
                await call(request, server.url)
            assert await first == (200, OK)
            assert await call(request, server.url) == (200, OK)  # the slot came back
    finally:
        await request.shutdown()


async def test_a_malformed_or_cut_answer_is_a_network_error(client) -> None:
    async with Server(answer(b"NOT HTTP AT ALL\r\n\r\n")) as server:
        with pytest.raises(NetworkError):
            await call(client, server.url)
    async with Server(answer(sized()[:-5], close=True)) as server:
        with pytest.raises(NetworkError):
            await call(client, server.url)


async def test_a_late_answer_times_out_and_its_connection_is_not_reused(client) -> None:
    delays = [0.3, 0.0]

    async def reply(_: dict) -> Answer:
        await asyncio.sleep(delays.pop(0))
        return sized(), False

    async with Server(reply) as server:
        with pytest.raises(TimedOut):
            await call(client, server.url, read_timeout=0.05)
        assert await call(client, server.url) == (200, OK)
    assert server.connections == 2


async def test_files_are_sent_as_multipart(client) -> None:
    document = InputFile(b"%PDF-1.4 \x00\xff", filename="résumé.pdf", attach=False)
    data = form(chat_id=7, caption="Votre résultat", document=document)
    async with Server() as server:
        await call(client, server.url, data)
    request = server.requests[0]
    message = BytesParser().parsebytes(
        b"Content-Type: "
        + request["headers"]["content-type"].encode()
        + b"\r\n\r\n"
        + request["body"]
    )
    parts = {p.get_param("name", header="content-disposition"): p for p in message.get_payload()}
    assert parts["chat_id"].get_payload(decode=True) == b"7"
    assert parts["caption"].get_payload(decode=True).decode() == "Votre résultat"
    document = parts["document"]
    assert 'filename="résumé.pdf"'.encode() in request["body"]  # UTF-8, as httpx writes it
    assert document.get_content_type() == "application/pdf"
    assert document.get_payload(decode=True) == b"%PDF-1.4 \x00\xff"


@pytest.mark.skipif(not shutil.which("openssl"), reason="openssl missing")
async def test_https_through_a_connect_proxy_with_credentials(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"),
            *("-subj", "/CN=api.telegram.test", "-addext", "subjectAltName=DNS:api.telegram.test"),
            *("-keyout", str(key), "-out", str(cert)),
        ],
        check=True,
        capture_output=True,
    )
    served = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    served.load_cert_chain(cert, key)
    trusting = ssl.create_default_context(cafile=str(cert))
    monkeypatch.setattr(http, "_tls_context", lambda: trusting)
    async with Server(proxy_tls=served) as proxy:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url.replace("://", "://ami:s%C3%A9same@"))
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        http._proxy_for.cache_clear()
        http._route.cache_clear()
        request = BotApiRequest(1)
        await request.initialize()
        try:
            url = "https://api.telegram.test:8443"
            assert await call(request, url, form(chat_id=5)) == (200, OK)
            assert await call(request, url, form(chat_id=6)) == (200, OK)
        finally:
            await request.shutdown()
            http._proxy_for.cache_clear()
            http._route.cache_clear()
    tunnel, first, second = proxy.requests
    assert tunnel["method"] == "CONNECT" and tunnel["target"] == "api.telegram.test:8443"
    assert tunnel["headers"]["proxy-authorization"] == "Basic YW1pOnPDqXNhbWU="  # ami:sésame
    assert first["target"] == "/botX/sendMessage" and first["body"] == b"chat_id=5"
    assert first["headers"]["host"] == "api.telegram.test:8443"
    assert second["connection"] == first["connection"]  # kept alive inside the tunnel


def test_the_same_under_uvloop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    uvloop = pytest.importorskip("uvloop")

    async def scenarios() -> None:
        request = BotApiRequest(2, read_timeout=2.0)
        await request.initialize()
        try:
            await test_a_chunked_answer_is_read_whole_and_the_connection_kept(request)
            await test_connection_close_and_an_answer_ended_by_the_close(request)
            await test_a_late_answer_times_out_and_its_connection_is_not_reused(request)
        finally:
            await request.shutdown()
        if shutil.which("openssl"):
            await test_https_through_a_connect_proxy_with_credentials(tmp_path, monkeypatch)

    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        runner.run(scenarios())
