"""The journal of received updates: Telegram is told an update arrived only once it is written
down, and it is crossed out once handled and its replies sent, so a crash loses none.

Polling: `JournalingRequest` wraps the getUpdates request and journals what Telegram returns
before returning it; PTB confirms updates (the next call's offset) only after that. Webhook:
the update is journaled before the 200 (bot/webhook.py), in one write with the requests
that arrive while the previous write is under way (`record_one`). An update is settled once its
processing ended and the replies it queued have left (or failed, the sender then getting the
apology); settled ids are crossed out at once, those settled during a write with the next one.

After a crash, `replay` hands the journaled updates back to the application: one received in
the last `REPLAY_WINDOW` is handled (one handled already but not yet crossed out is seen as a
redelivery by the service: it asks the pending question again); an older one gets `UNHANDLED`.
Each process leases what it journals (bot/store.py `LEASE`): replicas sharing a Redis take
over only the updates of one that stopped, polling (one process) takes everything at start.
Only messages and taps are journaled: inline queries expire within seconds.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable, Iterable
from typing import Any

from telegram import Update
from telegram.error import NetworkError
from telegram.request import BaseRequest, RequestData

from bot.store import SessionStore

log = logging.getLogger(__name__)

REPLAY_WINDOW = 600.0  # seconds: an update older than this is not handled late
UNHANDLED = "Votre message n'a pas pu être traité\u202f: renvoyez-le, s'il vous plaît."
JOURNALED = ("message", "callback_query")


class UpdateJournal:
    def __init__(self, store: SessionStore, clock: Callable[[], float] = time.time) -> None:
        self.store = store
        self.clock = clock
        self._holds: dict[int, list[asyncio.Future[bool]]] = {}
        self._settled: set[int] = set()
        self._writing: asyncio.Task[None] | None = None
        self._arrived: list[tuple[dict[str, Any], asyncio.Future[None]]] = []
        self._committing: asyncio.Task[None] | None = None

    def record_one(self, update: dict[str, Any]) -> asyncio.Future[None]:
        """Journal one update (a webhook request) with those arriving meanwhile: done once it
        is written. Requests that arrive while a write is under way share the next one (group
        commit): one trip to the store's writer for many, where each took its own."""
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._arrived.append((update, done))
        if self._committing is None:
            self._committing = asyncio.ensure_future(self._commit())
        return done

    async def _commit(self) -> None:
        try:
            while self._arrived:
                batch, self._arrived = self._arrived, []
                try:
                    await self.record(update for update, _ in batch)
                except Exception as e:  # each request answers 503: Telegram sends it again
                    for _, done in batch:
                        if not done.done():
                            done.set_exception(e)
                else:
                    for _, done in batch:
                        if not done.done():
                            done.set_result(None)
        finally:
            self._committing = None

    async def record(self, updates: Iterable[dict[str, Any]]) -> None:
        """Journal the updates meant for the service (and cross out the settled ones)."""
        entries = [
            (u["update_id"], json.dumps(u, ensure_ascii=False, separators=(",", ":")))
            for u in updates
            if any(k in u for k in JOURNALED)
        ]
        handled = sorted(self._settled)
        await self.store.journal(entries, handled, self.clock())
        self._settled.difference_update(handled)

    def hold(self, update_id: int, sends: Iterable[asyncio.Future[bool]]) -> None:
        """The update is settled only once these sends are over."""
        self._holds.setdefault(update_id, []).extend(sends)

    def settle(self, update: object) -> None:
        """Processing of `update` ended: cross it out once its held sends are over."""
        if not isinstance(update, Update):
            return
        update_id = update.update_id
        sends = self._holds.pop(update_id, [])
        if not sends:
            self.cross_out(update_id)
            return
        over = asyncio.gather(*sends, return_exceptions=True)  # failures reported elsewhere
        over.add_done_callback(lambda _: self.cross_out(update_id))

    def cross_out(self, update_id: int) -> None:
        self._settled.add(update_id)
        if self._writing is None:
            self._writing = asyncio.ensure_future(self._write_settled())

    async def _write_settled(self) -> None:
        """One write after another while ids get settled (batches form under load)."""
        try:
            while self._settled and await self.flush():
                pass
        finally:
            self._writing = None

    async def flush(self) -> bool:
        """Cross out the settled updates now; False when the store failed (they stay for the
        next write; replayed after a crash, the service sees them as redeliveries)."""
        handled = sorted(self._settled)
        if not handled:
            return True
        try:
            await self.store.journal([], handled, self.clock())
        except Exception as e:
            log.warning("Journal : %d mise(s) à jour non rayée(s) (%s)", len(handled), e)
            return False
        self._settled.difference_update(handled)
        return True

    async def close(self) -> None:
        if self._writing is not None:
            await asyncio.gather(self._writing, return_exceptions=True)
        await self.flush()


class JournalingRequest(BaseRequest):
    """A getUpdates request that journals what Telegram returned before returning it: PTB
    confirms those updates with its next call only. A journal that cannot be written is a
    network error: PTB asks again later, and Telegram sends the same updates again."""

    def __init__(self, inner: BaseRequest, journal: UpdateJournal) -> None:
        self.inner = inner
        self.journal = journal
        self._parsed: tuple[bytes, Any] | None = None  # the last answer, read for the journal

    @property
    def read_timeout(self) -> float | None:
        return self.inner.read_timeout

    async def initialize(self) -> None:
        await self.inner.initialize()

    async def shutdown(self) -> None:
        await self.inner.shutdown()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        code, payload = await self.inner.do_request(
            url, method, request_data, read_timeout, write_timeout, connect_timeout, pool_timeout
        )
        if code == 200 and url.endswith("/getUpdates"):
            try:
                parsed = json.loads(payload)
                self._parsed = (payload, parsed)
                await self.journal.record(parsed.get("result") or [])
            except Exception as e:
                log.warning("Journal : mises à jour non écrites (%s)", type(e).__name__)
                raise NetworkError("journal des mises à jour indisponible") from e
        return code, payload

    def parse_json_payload(self, payload: bytes) -> Any:
        """PTB reads the answer just journaled: parsed once, not twice."""
        parsed, self._parsed = self._parsed, None
        if parsed is not None and parsed[0] is payload:
            return parsed[1]
        return super().parse_json_payload(payload)


async def replay(
    journal: UpdateJournal,
    queue: asyncio.Queue[object],
    bot: Any,
    apologise: Callable[[int, int], None],
    before: float,
) -> int:
    """Hand journaled updates whose lease ended before `before` back to the application;
    `apologise(chat_id, update_id)` for those too old to handle. How many were found."""
    found = await journal.store.claim_journal(before)
    now = journal.clock()
    for update_id, data, received in found:
        try:
            update = Update.de_json(json.loads(data), bot)
        except Exception as e:  # written by us from Telegram's JSON: should not happen
            log.error("Journal : mise à jour %s illisible (%s)", update_id, type(e).__name__)
            journal.cross_out(update_id)
            continue
        chat = update.effective_chat
        if now - received <= REPLAY_WINDOW or chat is None:
            await queue.put(update)
        else:
            apologise(chat.id, update_id)
    if found:
        log.warning("Journal : %d mise(s) à jour reprise(s) après un arrêt brutal", len(found))
    return len(found)
