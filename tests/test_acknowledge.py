"""Acknowledge after saving (issue 13, item 2): an update is confirmed to Telegram only once
it is journaled, and after a crash every journaled update is handled or its sender told.

The probe that found it: 100 updates queued, the offset acknowledged at once, 33 handled, kill
-9: the other 67 were never answered. Here on the real `forfait-bot run` behind the fake Bot
API, then the journal of both stores, and the webhook's 200 only after journaling.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from bot_process import bot
from telegram_harness import Updates

from bench.fake_bot_api import FakeBotApi
from bot.journal import UNHANDLED, UpdateJournal, replay

FIRST_CHAT = 8000
QUEUED = 100


@pytest.fixture
def api() -> Iterator[FakeBotApi]:
    with FakeBotApi().running() as fake:
        yield fake


def _answered(api: FakeBotApi) -> set[int]:
    return {c.chat_id for c in api.calls if c.method == "sendMessage" and c.chat_id is not None}


def test_kill_9_with_100_queued_updates_loses_none(api: FakeBotApi, tmp_path: Path) -> None:
    updates = Updates()
    chats = set(range(FIRST_CHAT, FIRST_CHAT + QUEUED))
    with bot(api, tmp_path, "first") as first:
        for chat in sorted(chats):
            api.push(updates.message(chat, "/start dentiste_2024"))
        deadline = time.monotonic() + 20
        while len(_answered(api)) < QUEUED // 3:
            assert time.monotonic() < deadline, "the bot answered nothing"
            time.sleep(0.002)
        first.kill()
    before = _answered(api)
    assert len(before) < QUEUED, "killed too late to prove anything"
    assert api.pending_updates == 0, "all were confirmed to Telegram before the kill"
    with bot(api, tmp_path, "second") as second:
        deadline = time.monotonic() + 30
        while _answered(api) != chats:
            missing = len(chats - _answered(api))
            assert time.monotonic() < deadline, f"{missing} updates silently lost"
            time.sleep(0.02)
        second.kill()
        second.assert_clean()
    told = [c for c in api.calls if c.method == "sendMessage" and c.text == UNHANDLED]
    assert not told, "handled, not apologised for: the crash was a moment ago"


class MemoryStore:
    """The journal part of a store, in memory (the real stores: tests/test_stores.py)."""

    def __init__(self) -> None:
        self.entries: dict[int, tuple[str, float, float]] = {}

    async def journal(self, updates, handled, now, lease=300.0):  # type: ignore[no-untyped-def]
        for i, data in updates:
            self.entries.setdefault(i, (data, now, now + lease))
        for i in handled:
            self.entries.pop(i, None)

    async def claim_journal(self, before, lease=300.0):  # type: ignore[no-untyped-def]
        return sorted((i, d, r) for i, (d, r, ready) in self.entries.items() if ready < before)


async def test_an_old_journaled_update_gets_the_apology_not_a_late_answer() -> None:
    store = MemoryStore()
    journal = UpdateJournal(store, clock=lambda: 10_000.0)  # type: ignore[arg-type]
    fresh = Updates().message(FIRST_CHAT, "/aide")
    old = Updates().message(FIRST_CHAT + 1, "/aide")
    await store.journal([(fresh["update_id"], json.dumps(fresh))], [], 9_900.0)
    await store.journal([(old["update_id"], json.dumps(old))], [], 1_000.0)
    queue: asyncio.Queue[object] = asyncio.Queue()
    told: list[tuple[int, int]] = []
    found = await replay(journal, queue, None, lambda c, u: told.append((c, u)), float("inf"))
    assert found == 2
    assert told == [(FIRST_CHAT + 1, old["update_id"])]
    handed = queue.get_nowait()
    assert handed.update_id == fresh["update_id"]  # type: ignore[attr-defined]
    assert queue.empty()
