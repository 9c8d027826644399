"""Fairness: a busy group never stalls another chat (issue 13, item 1).

The probe that found it, on the real `forfait-bot run` behind the fake Bot API: 70 commands
in one group, then `/aide` in a private chat. Each group update used to hold a processing
slot while Telegram's group limit (20 messages a minute) made its send wait, and the private
reply came after 56.7 s. Now a chat's updates take one slot at a time and replies leave
through per-chat queues: the private reply comes at once, the group stays under its limit.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from bot_process import bot
from telegram_harness import Updates

from bench.fake_bot_api import FakeBotApi

GROUP = -100777
ALICE = 7002
GROUP_COMMANDS = 70


@pytest.fixture
def api() -> Iterator[FakeBotApi]:
    with FakeBotApi().running() as fake:
        yield fake


def test_a_busy_group_does_not_stall_a_private_chat(api: FakeBotApi, tmp_path: Path) -> None:
    updates = Updates()
    with bot(api, tmp_path, "fair") as process:
        for _ in range(GROUP_COMMANDS):
            api.push(updates.message(GROUP, "/aide"))
        start = len(api.calls)
        pushed = time.perf_counter()
        api.push(updates.message(ALICE, "/aide"))
        reply = api.wait_for(
            lambda c: c.method == "sendMessage" and c.chat_id == ALICE, timeout=10.0, start=start
        )
        assert reply.t - pushed < 1.0, f"private reply after {reply.t - pushed:.1f} s"
        to_group = [c for c in api.calls if c.method == "sendMessage" and c.chat_id == GROUP]
        assert 0 < len(to_group) <= 20, "the group stays under 20 messages a minute"
        process.kill()
        process.assert_clean()
