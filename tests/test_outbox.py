"""The per-chat send queues (bot/outbox.py): order, pace, bounded backlog, failures."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import pytest
from telegram_harness import VirtualTime

from bot.app import SendLater
from bot.messages import Message, plain
from bot.outbox import OVERFLOW, ChatPacing, Dropped, Outbox, Window
from bot.pacing import Pacer
from bot.text_render import to_text

GROUP, ALICE, BOB = -100, 1, 2


class Channel:
    """Records (virtual time, chat, text) of every delivery."""

    def __init__(self, time: VirtualTime) -> None:
        self.time = time
        self.sent: list[tuple[float, int, str]] = []
        self.blocked: set[int] = set()
        self.failing: set[str] = set()

    async def deliver(
        self, chat_id: int, messages: Sequence[Message], route: object = None
    ) -> bool:
        await asyncio.sleep(0)
        if chat_id in self.blocked:
            return False
        for m in messages:
            text = to_text(m)
            if text in self.failing:
                raise SendLater("NetworkError")
            self.sent.append((self.time.now, chat_id, text))
        return True

    def texts(self, chat_id: int) -> list[str]:
        return [t for _, c, t in self.sent if c == chat_id]


@pytest.fixture
def time() -> VirtualTime:
    return VirtualTime()


@pytest.fixture
def channel(time: VirtualTime) -> Channel:
    return Channel(time)


def outbox(channel: Channel, time: VirtualTime, **options: object) -> Outbox:
    pacing = ChatPacing(clock=time.clock, sleep=time.sleep)
    return Outbox(channel.deliver, pacing=pacing, **options)  # type: ignore[arg-type]


def texts(*words: str) -> list[Message]:
    return [plain(w) for w in words]


async def test_a_chats_messages_keep_their_order(channel: Channel, time: VirtualTime) -> None:
    box = outbox(channel, time)
    box.put(ALICE, texts("a", "b"))
    box.put(BOB, texts("x"))
    box.put(ALICE, texts("c"))
    await box.join()
    assert channel.texts(ALICE) == ["a", "b", "c"] and channel.texts(BOB) == ["x"]


async def test_a_group_gets_at_most_20_messages_a_minute(
    channel: Channel, time: VirtualTime
) -> None:
    box = outbox(channel, time, limit=100)
    for i in range(45):
        box.put(GROUP, texts(f"r{i}"))
    await box.join()
    times = [t for t, _, _ in channel.sent]
    assert len(times) == 45
    assert all(sum(1 for u in times if t <= u < t + 60) <= 20 for t in times)
    assert times[-1] >= 120, "45 messages need two full minutes after the first 20"


async def test_a_private_chat_bursts_then_about_one_a_second(
    channel: Channel, time: VirtualTime
) -> None:
    box = outbox(channel, time)
    box.put(ALICE, texts(*(f"m{i}" for i in range(15))))
    await box.join()
    times = [t for t, _, _ in channel.sent]
    assert times[:10] == [0.0] * 10, "a burst of ten leaves at once"
    assert times[10:] == [10.0] * 5, "then the window: ten in any ten seconds"


async def test_one_chats_pace_never_delays_another(channel: Channel, time: VirtualTime) -> None:
    """Real time: the group's queue waits (a minute) while the private chat's leaves."""
    box = Outbox(channel.deliver, limit=100)
    for i in range(25):
        box.put(GROUP, texts(f"g{i}"))
    await asyncio.wait_for(box.put(ALICE, texts("hello")), 1.0)
    assert channel.texts(ALICE) == ["hello"]
    await asyncio.sleep(0.2)
    assert len(channel.texts(GROUP)) == 20, "the group's 21st waits for its window"
    await box.close()


async def test_the_overall_cap_spaces_every_chat(channel: Channel, time: VirtualTime) -> None:
    box = outbox(channel, time, overall=Pacer(30, clock=time.clock, sleep=time.sleep))
    for chat in range(1, 7):
        box.put(chat, texts("a", "b"))
    await box.join()
    assert time.now == pytest.approx(11 / 30)


async def test_a_full_queue_keeps_the_newest_reply_after_one_notice(
    channel: Channel, time: VirtualTime
) -> None:
    box = outbox(channel, time, limit=20)
    done = [box.put(GROUP, texts("r0"))]
    await box.join()
    done += [box.put(GROUP, texts(f"r{i}")) for i in range(1, 45)]
    await box.join()
    sent = channel.texts(GROUP)
    assert sent[0] == "r0"
    assert sent.count(OVERFLOW) == 1, "one notice, however many overflows"
    assert sent[-1] == "r44", "the last reply is never lost"
    assert len(sent) <= 22
    dropped = [d for d in done if d.exception() is not None]  # retrieved: no warning
    assert dropped and all(isinstance(d.exception(), Dropped) for d in dropped)
    assert all(d.result() for d in done if d.exception() is None)


async def test_a_blocked_chat_drops_its_queue(channel: Channel, time: VirtualTime) -> None:
    channel.blocked.add(ALICE)
    box = outbox(channel, time)
    first, second = box.put(ALICE, texts("a")), box.put(ALICE, texts("b"))
    await box.join()
    assert (await first, await second) == (False, False)


async def test_a_failed_batch_reports_and_the_next_one_still_goes(
    channel: Channel, time: VirtualTime
) -> None:
    channel.failing.add("boom")
    box = outbox(channel, time)
    failed, after = box.put(ALICE, texts("boom", "lost")), box.put(ALICE, texts("next"))
    await box.join()
    with pytest.raises(SendLater):
        await failed
    assert await after and channel.texts(ALICE) == ["next"]


async def test_replies_wait_for_their_callback_answer(channel: Channel, time: VirtualTime) -> None:
    box = outbox(channel, time)
    order: list[str] = []

    async def answer() -> None:
        await asyncio.sleep(0.01)
        order.append("answered")

    done = box.put(ALICE, texts("reply"), first=answer())
    done.add_done_callback(lambda _: order.append("sent"))
    await box.join()
    assert order == ["answered", "sent"]


async def test_close_drops_what_is_left(channel: Channel) -> None:
    box = Outbox(channel.deliver, pacing=ChatPacing(group=Window(1, 60.0)))
    first, second = box.put(GROUP, texts("a")), box.put(GROUP, texts("b"))
    await box.close(grace=0.05)
    assert await first and second.cancelled()
