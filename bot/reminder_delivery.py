"""Due reminders, sent through a channel's `Sender`.

The store hands each due reminder to exactly one caller (`claim_due`), however many replicas
claim at once; each is sent at the bulk pace, then taken out of its chat's session under the
chat's lock. A channel down for now (`SendLater`) gets the reminder back in the due index for
the next run; a refused one is dropped; a reminder whose window has closed is not sent.
"""

from __future__ import annotations

import datetime as dt
import logging

from bot.app import Sender, SendLater
from bot.engine import Engine
from bot.pacing import Pacer
from bot.reminders import Reminder
from bot.store import SessionStore

log = logging.getLogger(__name__)


class ReminderDelivery:
    def __init__(self, engine: Engine, store: SessionStore, bulk: Pacer | None = None) -> None:
        self.engine = engine
        self.store = store
        self.bulk = bulk or Pacer()

    async def send_due(self, sender: Sender) -> int:
        """Claim the due reminders and send them; how many were delivered."""
        now = self.engine.now()
        sent = 0
        for r in await self.store.claim_due(now.timestamp()):
            try:
                async with self.store.lock(r.chat_id):
                    sent += await self._send(r, now, sender)
            except Exception as e:  # one bad reminder never blocks the others
                log.error("Rappel %s non envoyé : %s", r.id, type(e).__name__)
        if sent:
            log.info("Rappels envoyés : %d", sent)
        return sent

    async def _send(self, r: Reminder, now: dt.datetime, sender: Sender) -> bool:
        """Send one claimed reminder (under its chat's lock) and drop it from the session."""
        message = self.engine.reminder_message(r, now)
        delivered = False
        if message is not None:
            await self.bulk.wait()
            try:
                delivered = await sender.send(r.chat_id, [message])
            except SendLater as e:  # still down after the retries: back in the due index
                await self.store.add_reminders(r.chat_id, [r])
                log.warning("Rappel %s remis à plus tard : %s", r.id, _cause(e))
                return False
            except Exception as e:  # refused (e.g. the chat is gone): dropped
                log.warning("Rappel %s non envoyé : %s", r.id, type(e).__name__)
        session = await self.store.load(r.chat_id)
        if session is not None:
            session.reminders = [x for x in session.reminders if x.get("id") != r.id]
            await self.store.save(session)
        return delivered


def _cause(e: BaseException) -> str:
    return type(e.__cause__ or e).__name__
