"""The Bot API transport behaves like PTB's httpx one (body, errors, proxies), and bulk
sends are spaced at the configured rate."""

from __future__ import annotations

import asyncio
import json
from urllib.parse import parse_qsl, urlencode

import pytest
from telegram.error import NetworkError, TimedOut
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

from bot.http import BotApiRequest, _proxy_for, form_body
from bot.pacing import Pacer


async def _server(reply_after: float = 0.0):
    """A one-route HTTP server on 127.0.0.1 that records the form it received."""
    seen: list[tuple[str, dict]] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.decode().split("\r\n")
        headers = dict(line.split(": ", 1) for line in lines[1:] if ": " in line)
        body = await reader.readexactly(int(headers.get("Content-Length", "0")))
        seen.append((headers.get("Content-Type", ""), dict(parse_qsl(body.decode()))))
        await asyncio.sleep(reply_after)
        out = json.dumps({"ok": True, "result": True}).encode()
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
        writer.write(b"Content-Length: %d\r\n\r\n%s" % (len(out), out))
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    return server, f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}", seen


async def test_posts_a_form_and_returns_status_and_bytes() -> None:
    server, url, seen = await _server()
    request = BotApiRequest(2)
    await request.initialize()
    try:
        params = {"chat_id": 42, "text": "Déjà vu"}
        data = RequestData([RequestParameter.from_input(k, v) for k, v in params.items()])
        status, body = await request.do_request(f"{url}/botX/sendMessage", "POST", data)
    finally:
        await request.shutdown()
        server.close()
    assert status == 200 and json.loads(body) == {"ok": True, "result": True}
    assert seen == [("application/x-www-form-urlencoded", {"chat_id": "42", "text": "Déjà vu"})]


async def test_a_slow_answer_is_a_time_out() -> None:
    server, url, _ = await _server(reply_after=1.0)
    request = BotApiRequest(1, read_timeout=0.1)
    await request.initialize()
    try:
        with pytest.raises(TimedOut):
            await request.do_request(f"{url}/botX/getMe", "POST")
    finally:
        await request.shutdown()
        server.close()


async def test_a_refused_connection_is_a_network_error() -> None:
    server, url, _ = await _server()
    server.close()
    await server.wait_closed()
    request = BotApiRequest(1)
    await request.initialize()
    try:
        with pytest.raises(NetworkError):
            await request.do_request(f"{url}/botX/getMe", "POST")
    finally:
        await request.shutdown()


async def test_not_initialised_says_so() -> None:
    with pytest.raises(RuntimeError):
        await BotApiRequest().do_request("http://127.0.0.1:1/botX/getMe", "POST")


def test_proxy_from_the_environment_unless_no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("https_proxy", "HTTPS_PROXY", "no_proxy", "NO_PROXY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    _proxy_for.cache_clear()
    try:
        assert _proxy_for("https", "api.telegram.org") == "http://proxy.example:3128"
        assert _proxy_for("https", "127.0.0.1") is None
    finally:
        _proxy_for.cache_clear()


async def test_the_pacer_spaces_calls_at_its_rate() -> None:
    now = [100.0]
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(round(seconds, 6))

    pacer = Pacer(4, clock=lambda: now[0], sleep=sleep)
    await asyncio.gather(*(pacer.wait() for _ in range(4)))
    assert slept == [0.25, 0.5, 0.75]  # the first goes at once, then one every 1/4 s
    now[0] += 10  # idle for a while: no debt, no burst allowance beyond one call
    await pacer.wait()
    assert slept == [0.25, 0.5, 0.75]


async def test_rate_zero_does_not_pace() -> None:
    pacer = Pacer(0, sleep=lambda s: pytest.fail("no sleep expected"))
    for _ in range(100):
        await pacer.wait()


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"chat_id": "42", "text": "Déjà vu"},
        {"text": "<b>Prime</b> : 1\u202f240\u00a0€ « oui » & 50 % ~ a_b.c-d/e+f=g?h#i 😀\n\t"},
        {"reply_markup": '{"inline_keyboard":[[{"text":"Oui","callback_data":"a:1:oui"}]]}'},
        {"é&=+": "\x00\x7f\x80\uffff\U0010ffff"},
    ],
)
def test_the_form_body_is_the_one_urlencode_writes(params: dict[str, str]) -> None:
    assert form_body(params) == urlencode(params).encode()
