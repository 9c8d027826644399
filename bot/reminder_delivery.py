"""Due reminders, sent through a channel's `Sender`.

The store leases each due reminder to exactly one caller (`claim_due`), however many replicas
claim at once. A claim takes what the bulk pace sends in `CLAIM_SECONDS`; one run claims
again until nothing is due, so a backlog goes out at the bulk rate. Each reminder is marked
done once sent (or given up): a replica that dies mid-batch leaves the rest leased, and they
are due again when the lease ends. A channel down for now (`SendLater`) gets the unsent ones
back in the due index for the next run; a refused one is dropped; a reminder whose window has
closed is not sent. The due index is the reference: the service lists it in /rappel.
"""

from __future__ import annotations

import datetime as dt
import logging
import math

from bot.app import Sender, SendLater
from bot.engine import Engine
from bot.pacing import Pacer
from bot.reminders import Reminder
from bot.store import LEASE, SessionStore

log = logging.getLogger(__name__)

CLAIM_SECONDS = 10.0  # a claim holds what the bulk pace sends in this long
UNPACED_CLAIM = 500  # the claim size when bulk sends are not paced


class ReminderDelivery:
    def __init__(
        self, engine: Engine, store: SessionStore, bulk: Pacer | None = None, lease: float = LEASE
    ) -> None:
        self.engine = engine
        self.store = store
        self.bulk = bulk or Pacer()
        self.lease = lease
        interval = self.bulk.interval
        self.claim_size = math.ceil(CLAIM_SECONDS / interval) if interval else UNPACED_CLAIM

    async def send_due(self, sender: Sender) -> int:
        """Claim the due reminders and send them until none is left; how many were delivered."""
        sent = 0
        while True:
            now = self.engine.now()
            batch = await self.store.claim_due(now.timestamp(), self.claim_size, self.lease)
            if not batch:
                break
            for i, r in enumerate(batch):
                try:
                    sent += await self._send(r, now, sender)
                except SendLater as e:  # still down after the retries: due again next run
                    await self.store.release_reminders(batch[i:])
                    log.warning("Rappels remis à plus tard (%d) : %s", len(batch) - i, _cause(e))
                    return sent
                except Exception as e:  # one bad reminder never blocks the others
                    log.error("Rappel %s non envoyé : %s", r.id, type(e).__name__)
        if sent:
            log.info("Rappels envoyés : %d", sent)
        return sent

    async def _send(self, r: Reminder, now: dt.datetime, sender: Sender) -> bool:
        """Send one claimed reminder, then mark it done (unless the channel is down)."""
        message = self.engine.reminder_message(r, now)
        delivered = False
        if message is not None:
            await self.bulk.wait()
            try:
                delivered = await sender.send(r.chat_id, [message])
            except SendLater:
                raise
            except Exception as e:  # refused (e.g. the chat is gone): dropped
                log.warning("Rappel %s non envoyé : %s", r.id, type(e).__name__)
        again = self.engine.reminder_again(r, now) if message is None else None
        if again is not None:  # a watch on dates not published yet: tomorrow morning
            await self.store.add_reminders(r.chat_id, [again])
        await self.store.reminder_done(r)
        return delivered


def _cause(e: BaseException) -> str:
    return type(e.__cause__ or e).__name__
