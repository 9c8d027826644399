"""Another process holds SQLite's write lock (a backup, a second bot, an operator's sqlite3
shell): the event loop goes on, inline queries and FAQ answers go out at once, and a step
that must write waits for the lock at most `STORE_WAIT`, then gets the apology."""

from __future__ import annotations

import asyncio
import datetime as dt
import sqlite3
import threading
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager

import pytest
from telegram import Update
from telegram_harness import TelegramHarness, open_harness, plain

import bot.store
from bot.engine import Engine
from bot.faq_replies import FaqResponder
from bot.reminders import PARIS
from bot.store import SqliteStore
from bot.telegram_app import APOLOGY
from knowledge import Knowledge

ALICE, BOB, CAROL = 11, 22, 33
HELD = 1.5  # seconds the other process keeps the write lock
PROMPT = 0.6  # what "at once" means here, with room for a slow machine


@pytest.fixture(scope="module")
def faq(kb: Knowledge) -> FaqResponder:
    return FaqResponder.from_knowledge(kb)


@pytest.fixture
def faq_engine(kb: Knowledge, faq: FaqResponder) -> Engine:
    return Engine(
        kb,
        faq=faq,
        today=lambda: dt.date(2025, 1, 15),
        now=lambda: dt.datetime(2025, 1, 15, 12, tzinfo=PARIS),
    )


@pytest.fixture
async def tg(faq_engine: Engine, store: SqliteStore) -> AsyncIterator[TelegramHarness]:
    harness = await open_harness(faq_engine, store)
    yield harness
    await harness.close()


@contextmanager
def write_lock_held(path: str, seconds: float) -> Iterator[None]:
    """Another connection takes the write lock in a thread and keeps it `seconds`."""
    taken, done = threading.Event(), threading.Event()

    def hold() -> None:
        db = sqlite3.connect(path, isolation_level=None)
        db.execute("BEGIN IMMEDIATE")
        taken.set()
        time.sleep(seconds)
        db.execute("COMMIT")
        db.close()
        done.set()

    thread = threading.Thread(target=hold)
    thread.start()
    taken.wait(5)
    try:
        yield
    finally:
        thread.join()


class LoopWatch:
    """The longest time the event loop went without running a 10 ms ticker."""

    def __init__(self) -> None:
        self.worst = 0.0
        self._task: asyncio.Task[None] | None = None

    async def _tick(self) -> None:
        last = time.monotonic()
        while True:
            await asyncio.sleep(0.01)
            now = time.monotonic()
            self.worst = max(self.worst, now - last)
            last = now

    def __enter__(self) -> LoopWatch:
        self._task = asyncio.ensure_future(self._tick())
        return self

    def __exit__(self, *_: object) -> None:
        assert self._task is not None
        self._task.cancel()


async def first_call(tg: TelegramHarness, method: str, chat_id: int | None, start: int) -> float:
    """Seconds until the first `method` call (to `chat_id`) after call number `start`."""
    began = time.monotonic()
    while time.monotonic() - began < 10:
        calls = tg.request.calls[start:]
        if any(c.method == method and (chat_id is None or c.chat_id == chat_id) for c in calls):
            return time.monotonic() - began
        await asyncio.sleep(0.005)
    raise AssertionError(f"no {method} in 10 s")


def process(tg: TelegramHarness, update: dict) -> asyncio.Task[None]:
    return asyncio.ensure_future(tg.app.process_update(Update.de_json(update, tg.app.bot)))


async def test_a_held_write_lock_stalls_neither_the_loop_nor_faq_answers(
    tg: TelegramHarness, store: SqliteStore
) -> None:
    await tg.send(ALICE, "/start dentiste_2024")
    start = len(tg.request.calls)
    with write_lock_held(store.path, HELD), LoopWatch() as watch:
        answer = process(tg, tg.updates.message(ALICE, "oui"))  # must be saved: waits
        faq = process(tg, tg.updates.message(BOB, "Qu'est-ce que le FAMI ?"))
        inline = process(tg, tg.updates.inline_query(CAROL, "date limite FAMI"))
        assert await first_call(tg, "answerInlineQuery", None, start) < PROMPT
        assert await first_call(tg, "sendMessage", BOB, start) < PROMPT
        assert "FAMI" in plain(tg.sent(BOB)[-1].text + tg.sent(BOB)[0].text)
        await asyncio.gather(answer, faq, inline)
    assert watch.worst < PROMPT, f"the event loop stood still {watch.worst:.2f} s"
    session = await store.load(ALICE)
    assert session is not None and session.answers == {"logiciel_dmp": True}, "saved after all"
    assert APOLOGY not in [c.text for c in tg.request.calls_to("sendMessage")]


async def test_a_write_gives_up_after_store_wait(
    tg: TelegramHarness, store: SqliteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bot.store, "STORE_WAIT", 0.2)
    await tg.send(ALICE, "/start dentiste_2024")
    with write_lock_held(store.path, HELD):
        began = time.monotonic()
        await tg.send(ALICE, "oui")
        waited = time.monotonic() - began
        assert tg.sent(ALICE)[-1].text == APOLOGY
    assert waited < HELD - 0.3, "gave up before the lock was released"
    session = await store.load(ALICE)
    assert session is not None and session.answers == {}
    await tg.send(ALICE, "oui")  # the lock is free again: the same answer goes through
    session = await store.load(ALICE)
    assert session is not None and session.answers == {"logiciel_dmp": True}
