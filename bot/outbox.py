"""Outgoing messages, queued per chat and paced under Telegram's limits, apart from processing.

Processing an update ends once its step is saved and its replies are put here: it never waits
on a chat's send limits, so a busy group (20 messages a minute) cannot hold the processing
slots other chats need. Each chat has its own queue, drained in order by one task at that
chat's pace (`ChatPacing`): a group at most `group` messages per window, a private chat
`private` per window (a short burst, then about one a second), and every chat under an
optional overall cap (FORFAIT_BOT_MAX_RATE).

A chat's backlog is bounded (`QUEUE_LIMIT` messages waiting): when a new batch would not fit,
the waiting ones are dropped, one short notice says so, and the newest batch is kept whole. A
chat's last reply is never lost silently; an older one can be, and the chat is told.

`put` returns a future: True once sent, False when the chat cannot be reached (the rest of its
queue is then dropped as well), `SendLater` when dropped from a full queue, or the channel's
error. Replies do not wait for it; reminders and broadcasts do.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field

from bot.app import SendLater
from bot.messages import Message, plain
from bot.pacing import Pacer

log = logging.getLogger(__name__)

QUEUE_LIMIT = 20  # messages waiting per chat: a minute of a group's pace
OVERFLOW = (
    "Beaucoup de demandes à la fois dans cette conversation\u202f: certaines réponses "
    "précédentes n'ont pas été envoyées. Voici la plus récente."
)


@dataclass(frozen=True)
class Route:
    """Where a batch's messages go besides their chat: `tapped`, the message whose button was
    tapped (a confirmation is shown over it); `reply_to`, the message the first one answers
    (in a group, the asker's)."""

    tapped: int | None = None
    reply_to: int | None = None


NOWHERE = Route()
Deliver = Callable[[int, Sequence[Message], Route], Awaitable[bool]]


class Dropped(SendLater):
    """Taken out of a full queue: the chat got the overflow notice instead."""


@dataclass(frozen=True)
class Window:
    """At most `count` messages in any `period` seconds; count 0: no limit."""

    count: int
    period: float


UNPACED = Window(0, 0.0)


@dataclass(frozen=True)
class ChatPacing:
    """Telegram's per-chat limits: 20 messages a minute in a group; about one a second in a
    private chat, short bursts allowed. `clock` and `sleep`: a virtual time for tests."""

    group: Window = Window(20, 60.0)
    private: Window = Window(10, 10.0)
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], Awaitable[object]] = asyncio.sleep

    def window(self, chat_id: int) -> Window:
        return self.group if chat_id < 0 else self.private  # groups have negative ids


@dataclass
class _Batch:
    messages: list[Message]
    first: Awaitable[object] | None  # awaited before the first message leaves (a future)
    done: asyncio.Future[bool]
    notice: bool = False
    route: Route = NOWHERE


@dataclass
class _Chat:
    window: Window
    queue: deque[_Batch] = field(default_factory=deque)
    sent: deque[float] = field(default_factory=deque)  # when the last messages left
    task: asyncio.Task[None] | None = None

    def waiting(self) -> int:
        return sum(len(b.messages) for b in self.queue)


class Outbox:
    def __init__(
        self,
        deliver: Deliver,
        *,
        pacing: ChatPacing | None = None,
        overall: Pacer | None = None,
        limit: int = QUEUE_LIMIT,
    ) -> None:
        self.deliver = deliver
        self.pacing = pacing or ChatPacing()
        self.overall = overall or Pacer(0)
        self.limit = limit
        self._chats: dict[int, _Chat] = {}
        self._draining = 0  # chats with a task sending their queue
        self._idle = asyncio.Event()
        self._idle.set()

    def put(
        self,
        chat_id: int,
        messages: Sequence[Message],
        first: Awaitable[object] | None = None,
        route: Route = NOWHERE,
    ) -> asyncio.Future[bool]:
        """Queue `messages` for the chat, after what is queued already; never waits."""
        done: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        chat = self._chats.get(chat_id)
        if chat is None:
            chat = self._chats[chat_id] = _Chat(self.pacing.window(chat_id))
        if chat.queue and chat.waiting() + len(messages) > self.limit:
            self._overflow(chat_id, chat)
        chat.queue.append(_Batch(list(messages), first, done, route=route))
        if chat.task is None:
            self._idle.clear()
            self._draining += 1
            chat.task = asyncio.ensure_future(self._drain(chat_id, chat))
        return done

    def _overflow(self, chat_id: int, chat: _Chat) -> None:
        """Drop the waiting batches; one notice goes first, then the newest batch."""
        dropped = [b for b in chat.queue if not b.notice]
        chat.queue = deque(b for b in chat.queue if b.notice)
        for batch in dropped:
            _settle(batch.done, error=Dropped("file d'attente de la conversation pleine"))
        if not chat.queue:
            notice = _Batch([plain(OVERFLOW)], None, asyncio.get_running_loop().create_future())
            notice.notice = True
            notice.done.add_done_callback(_consume)
            chat.queue.append(notice)
        log.warning("Conversation %s : %d envoi(s) en attente abandonné(s)", chat_id, len(dropped))

    def depth(self) -> int:
        """Messages waiting to be sent, every chat together."""
        return sum(c.waiting() for c in self._chats.values())

    async def join(self) -> None:
        """Until every queue is empty (tests; a clean stop)."""
        await self._idle.wait()

    async def close(self, grace: float = 0.0) -> None:
        """Send what is queued for at most `grace` seconds, then drop the rest."""
        try:
            await asyncio.wait_for(self.join(), grace)
        except TimeoutError:
            if left := self.depth():
                log.warning("Arrêt : %d message(s) en attente non envoyé(s)", left)
        for chat in list(self._chats.values()):
            if chat.task is not None:
                chat.task.cancel()
        tasks = [c.task for c in self._chats.values() if c.task is not None]
        await asyncio.gather(*tasks, return_exceptions=True)

    async def _drain(self, chat_id: int, chat: _Chat) -> None:
        try:
            while chat.queue:
                batch = chat.queue.popleft()
                try:
                    reached = await self._send(chat_id, chat, batch)
                except asyncio.CancelledError:
                    batch.done.cancel()
                    raise
                except Exception as e:  # the caller decides (replies: apologise)
                    _settle(batch.done, error=e)
                    continue
                _settle(batch.done, reached)
                if not reached:  # blocked: nothing more can reach this chat
                    while chat.queue:
                        _settle(chat.queue.popleft().done, False)
        finally:
            for batch in chat.queue:
                batch.done.cancel()
            chat.queue.clear()
            chat.task = None
            self._forget_later(chat_id, chat)
            self._draining -= 1  # counted, not found by a scan of every chat at each batch
            if not self._draining:
                self._idle.set()

    async def _send(self, chat_id: int, chat: _Chat, batch: _Batch) -> bool:
        if batch.first is not None:
            await _quietly(batch.first)
        route = batch.route
        for message in batch.messages:
            await self._pace(chat)
            await self.overall.wait()
            if not await self.deliver(chat_id, [message], route):
                return False
            route = Route(route.tapped)  # only the first message is a reply
        return True

    async def _pace(self, chat: _Chat) -> None:
        window, sent = chat.window, chat.sent
        while window.count:
            now = self.pacing.clock()
            while sent and sent[0] <= now - window.period:
                sent.popleft()
            if len(sent) < window.count:
                sent.append(now)
                return
            await self.pacing.sleep(sent[0] + window.period - now)

    def _forget_later(self, chat_id: int, chat: _Chat) -> None:
        """Drop an idle chat once its window has passed (its pace no longer matters)."""

        def forget() -> None:
            recent = chat.sent and chat.sent[-1] > self.pacing.clock() - chat.window.period
            if chat.task is None and not recent and self._chats.get(chat_id) is chat:
                del self._chats[chat_id]

        with contextlib.suppress(RuntimeError):  # the loop is closing
            asyncio.get_running_loop().call_later(chat.window.period, forget)


def _settle(
    done: asyncio.Future[bool], result: bool = False, error: BaseException | None = None
) -> None:
    if done.done():
        return
    if error is not None:
        done.set_exception(error)
    else:
        done.set_result(result)


def _consume(done: asyncio.Future[bool]) -> None:
    """Mark a future's outcome as seen (nobody awaits it)."""
    if not done.cancelled():
        done.exception()


async def _quietly(first: Awaitable[object]) -> None:
    try:
        await first
    except Exception as e:  # the answer to a callback query: never worth holding replies for
        log.info("Préalable à l'envoi en échec : %s", type(e).__name__)
