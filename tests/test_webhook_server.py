"""The webhook server over raw sockets: the 200 only once the update is journaled, concurrent
requests journaled together (one write), requests of one connection answered in order.

Its limits (secret, body size, time-outs) and the 400s are in tests/test_telegram_server.py.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator

import pytest
from telegram.ext import Application
from telegram_harness import TOKEN, RecordingRequest, Updates

from bot.engine import Engine
from bot.journal import UpdateJournal
from bot.store import SqliteStore
from bot.telegram_app import build_application
from bot.webhook import Limits, WebhookServer

SECRET = "s3cret-Token_42"
ALICE = 1001


class GatedStore:
    """The journal part of a store: each write waits for `gate`, then is kept (or fails)."""

    def __init__(self) -> None:
        self.gate = asyncio.Event()
        self.writes: list[list[int]] = []  # the update ids of each write, in order
        self.asked = 0
        self.fail = False

    async def journal(self, updates, handled, now, lease=300.0):  # type: ignore[no-untyped-def]
        self.asked += 1
        await self.gate.wait()
        if self.fail:
            raise OSError("disk full")
        self.writes.append([i for i, _ in updates])


@pytest.fixture
async def app(engine: Engine, store: SqliteStore) -> Application:
    return build_application(TOKEN, engine=engine, store=store, request=RecordingRequest())


@contextlib.asynccontextmanager
async def serving(app: Application, journal: GatedStore | None) -> AsyncIterator[int]:
    server = WebhookServer(
        app,
        listen="127.0.0.1",
        port=0,
        path="/telegram",
        secret=SECRET,
        limits=Limits(header_timeout=2, body_timeout=2),
        journal=None if journal is None else UpdateJournal(journal),  # type: ignore[arg-type]
    )
    await server.start()
    try:
        yield server.port
    finally:
        await server.stop()


def _post(body: bytes, path: str = "/telegram", method: str = "POST") -> bytes:
    return (
        f"{method} {path} HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\n"
        f"X-Telegram-Bot-Api-Secret-Token: {SECRET}\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode() + body


def _update(text: str = "/aide") -> bytes:
    return json.dumps(Updates().message(ALICE, text)).encode()


async def _statuses(reader: asyncio.StreamReader, count: int) -> list[int]:
    """The status of the next `count` answers (all have empty bodies)."""
    heads = [await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5) for _ in range(count)]
    return [int(head.split()[1]) for head in heads]


async def test_the_200_comes_only_once_the_update_is_journaled(app: Application):
    journal = GatedStore()
    async with serving(app, journal) as port:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(_post(_update()))
        with pytest.raises(TimeoutError):  # the journal has not written it yet
            await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 0.3)
        assert app.update_queue.empty()
        journal.gate.set()
        assert await _statuses(reader, 1) == [200]
        writer.close()
    assert len(journal.writes) == 1 and len(journal.writes[0]) == 1
    assert app.update_queue.qsize() == 1


async def test_requests_arriving_during_a_write_share_the_next_one(app: Application):
    journal = GatedStore()
    async with serving(app, journal) as port:
        first = await asyncio.open_connection("127.0.0.1", port)
        first[1].write(_post(_update()))
        while journal.asked < 1:  # the first write is under way
            await asyncio.sleep(0.01)
        others = [await asyncio.open_connection("127.0.0.1", port) for _ in range(5)]
        for _, writer in others:
            writer.write(_post(_update()))
        await asyncio.sleep(0.3)  # all five read and waiting
        journal.gate.set()
        for reader, writer in [first, *others]:
            assert await _statuses(reader, 1) == [200]
            writer.close()
    assert [len(ids) for ids in journal.writes] == [1, 5]  # group commit: two writes, not six
    assert app.update_queue.qsize() == 6


async def test_a_journal_that_cannot_be_written_answers_503_and_queues_nothing(
    app: Application,
):
    journal = GatedStore()
    journal.fail = True
    journal.gate.set()
    async with serving(app, journal) as port:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(_post(_update()) + _post(_update()))
        assert await _statuses(reader, 2) == [503, 503]  # Telegram sends them again
        writer.close()
    assert app.update_queue.empty()


async def test_requests_of_one_connection_are_answered_in_order(app: Application):
    journal = GatedStore()
    async with serving(app, journal) as port:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(_post(_update()) + _post(b"{not json") + _post(_update("/start")))
        await asyncio.sleep(0.2)
        journal.gate.set()
        assert await _statuses(reader, 3) == [200, 400, 200]  # the 400 waits for the 200
        writer.write(_post(_update()))  # kept alive
        assert await _statuses(reader, 1) == [200]
        writer.close()
    assert app.update_queue.qsize() == 3


@pytest.mark.parametrize(
    ("request_bytes", "status"),
    [
        (_post(b"{}", method="GET"), 405),
        (_post(_update(), path="/elsewhere"), 404),
        (_post(_update()).replace(b"Host:", b"X-Big: " + b"x" * (20 << 10) + b"\r\nHost:"), 431),
        (b"POST /telegram HTTP/1.1\r\nX-Big: " + b"x" * (20 << 10), 431),  # still coming
        (b"NOT HTTP AT ALL\r\n\r\n", 400),
    ],
)
async def test_refusals_close_the_connection(app: Application, request_bytes: bytes, status: int):
    async with serving(app, None) as port:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(request_bytes)
        answer = await asyncio.wait_for(reader.read(), 5)  # until the server closes
        writer.close()
    assert answer.startswith(b"HTTP/1.1 %d " % status), answer[:80]
    assert app.update_queue.empty()
