"""The one service every channel calls: a user's event in, replies out through the channel's
sender, the session and its reminders stored in between.

For one chat: lock → load → (a delivery seen already is not applied twice) → engine step →
save, or erase everything after /oublier → schedule or cancel reminders → send the replies,
still under the lock, so that a chat's replies keep the order of its events. A step that
leaves the conversation as it was (a FAQ answer, /aide) sends its replies first and saves
after: it never waits on a busy store. Advisors' commands and actions go to the advisors'
desk instead, outside any conversation.

A channel plugs in with three things: the events (`bot/events.py`) it reads from what it
receives, a `Sender` that delivers neutral messages (`bot/messages.py`) its own way, and
`ChatService.handle`. Telegram (`bot/telegram_app.py`) and the terminal (`bot/terminal.py`)
do just that; reminders and broadcasts reach chats through the same `Sender`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

from bot.engine import Engine, Step
from bot.events import Command, Event
from bot.messages import Message, plain
from bot.session import Session, SessionDamaged
from bot.store import SessionStore

if TYPE_CHECKING:
    from bot.advisors import AdvisorDesk

log = logging.getLogger(__name__)

SEEN_DELIVERIES = 8  # delivery ids kept per session to recognise one delivered again
# Telegram keeps an unacknowledged update 24 hours, and may restart its ids at random after a
# week without updates: an id seen longer ago than this is not a redelivery.
REDELIVERY_WINDOW = 86400.0
DAMAGED_SESSION = (
    "Désolé, vos réponses enregistrées n'ont pas pu être relues\u202f: nous repartons du début. "
    "Vos rappels éventuels sont conservés\u202f; /oublier efface tout."
)


class SendLater(Exception):
    """The channel could not deliver now (network, flood control), after its own retries."""


class Sender(Protocol):
    async def send(self, chat_id: int, messages: Sequence[Message]) -> bool:
        """Deliver the messages in order. False when the chat cannot be reached (the user
        blocked the bot): the rest is dropped. `SendLater` when the channel is down for now;
        any other exception: the channel refused them."""


@dataclass(frozen=True)
class Incoming:
    """An event and what the channel knows around it."""

    chat_id: int
    event: Event
    user_id: int | None = None  # who acted: advisors' commands check it
    delivery_id: int | None = None  # the channel's id of this delivery (Telegram's update id)
    under: str | None = None  # the text of the message whose button was tapped


def _changes_nothing(step: Step, before: str) -> bool:
    """The step leaves the conversation, its reminders and its data as they were."""
    return (
        not (step.forget or step.add_reminders or step.cancel_reminders)
        and step.session.conversation() == before
    )


class ChatService:
    def __init__(
        self,
        engine: Engine,
        store: SessionStore,
        desk: AdvisorDesk | None = None,
        *,
        schedules_reminders: bool = True,
    ) -> None:
        """`schedules_reminders`: False for a channel that cannot send them later (the
        terminal): they stay listed in the session, none is put in the store's due index."""
        self.engine = engine
        self.store = store
        self.desk = desk  # the advisors' commands; None: the channel has no advisors
        self.schedules_reminders = schedules_reminders

    async def handle(self, incoming: Incoming, sender: Sender) -> Step | None:
        """Apply one event and send its replies; the step applied, None for an advisors' one.

        Taking the chat's lock is the first suspension: in one process, the events of a chat
        keep their arrival order. A step that leaves the conversation as it was (a FAQ answer,
        /aide, /sources, a question asked again) replies before its save: it never waits on
        a busy store."""
        if self.desk is not None and self.desk.owns(incoming.event):
            await self.desk.handle(incoming, sender)
            return None
        async with self.store.lock(incoming.chat_id):
            session, notice = await self._load(incoming.chat_id)
            before = session.conversation()
            step = self._step(session, incoming)
            if notice is not None:
                step = replace(step, replies=[notice, *step.replies])
            if _changes_nothing(step, before):
                await sender.send(incoming.chat_id, step.replies)
                await self._save_bookkeeping(step.session)
                return step
            await self._commit(step)
            await sender.send(incoming.chat_id, step.replies)
        return step

    async def _load(self, chat_id: int) -> tuple[Session, Message | None]:
        """The chat's session, or a fresh one; with a notice when the stored one could not be
        read: it is put apart (quarantine) and the chat starts afresh, /oublier included."""
        # With reminders sent later, the due index is the reference for the chat's ones.
        with_reminders = self.schedules_reminders
        try:
            loaded = await self.store.load(chat_id, reminders=with_reminders)
            return loaded or Session(chat_id=chat_id), None
        except SessionDamaged as e:
            reason = str(e)
        await self.store.quarantine(chat_id, reason)
        log.warning("Conversation %s : session illisible (%s), mise à l'écart", chat_id, reason)
        session = Session(chat_id=chat_id)
        if with_reminders:
            session.reminders = [r.to_dict() for r in await self.store.reminders(chat_id)]
        return session, plain(DAMAGED_SESSION)

    def _step(self, session: Session, incoming: Incoming) -> Step:
        event, delivery = incoming.event, incoming.delivery_id
        if delivery in session.seen and time.time() - session.updated < REDELIVERY_WINDOW:
            # Delivered again (the channel stopped before acknowledging it): its answer is
            # saved already; applying it twice would answer the next question. Show where the
            # conversation stands instead, in case the reply never left.
            log.info("Mise à jour %s déjà traitée : question en cours renvoyée", delivery)
            event, delivery = Command("reprendre"), None
        step = self.engine.step(session, event, advisor=self.is_advisor(incoming.user_id))
        if delivery is not None:
            step.session.seen = [*step.session.seen[-(SEEN_DELIVERIES - 1) :], delivery]
        return step

    def is_advisor(self, user_id: int | None) -> bool:
        """The user is one of the desk's advisors (the engine knows no user ids: it is told)."""
        return self.desk is not None and user_id is not None and user_id in self.desk.advisors

    async def _commit(self, step: Step) -> None:
        """Store what the step changed: erase, or reminders then the session."""
        chat_id = step.session.chat_id
        if step.forget:
            await self.store.delete(chat_id)
            return
        # Reminders first: once scheduled they go out even if the save below failed.
        if step.cancel_reminders:
            await self.store.cancel_reminders(chat_id)
        if step.add_reminders and self.schedules_reminders:
            await self.store.add_reminders(chat_id, step.add_reminders)
        await self.store.save(step.session)

    async def _save_bookkeeping(self, session: Session) -> None:
        """The deliveries seen and the last activity, after the replies: a failure loses
        nothing the user would miss (a redelivery would be answered again)."""
        try:
            await self.store.save(session)
        except Exception as e:  # the replies are out: an apology now would only confuse
            log.warning("Conversation %s non enregistrée : %s", session.chat_id, type(e).__name__)

    async def purge_idle(self) -> int:
        """Forget chats idle for long (the store's rule); how many."""
        n = await self.store.purge()
        log.info("Purge : %d session(s) inactive(s) supprimée(s)", n)
        return n
