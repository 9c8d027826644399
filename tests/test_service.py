"""The channel-neutral service, driven the way a new channel would: events in, neutral
messages out through a recording sender, no Telegram anywhere."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from bot.actions import Answer, ConfirmBroadcast, ConfirmForget, PlanReminders
from bot.advisors import ADVISORS_ONLY, AdvisorDesk
from bot.app import ChatService, Incoming
from bot.engine import Engine
from bot.events import Command, Text
from bot.messages import Message
from bot.reminder_delivery import ReminderDelivery
from bot.reminders import PARIS, Reminder
from bot.store import SqliteStore
from bot.text_render import to_text
from knowledge import Knowledge

ALICE, ADVISOR = 7, 99
FAMI = "fami_chirurgien_dentiste_2024"


class Recorder:
    """A channel's Sender that keeps what it was asked to deliver."""

    def __init__(self) -> None:
        self.sent: list[tuple[int, Message]] = []

    async def send(self, chat_id: int, messages: Sequence[Message]) -> bool:
        self.sent += [(chat_id, m) for m in messages]
        return True

    def texts(self, chat_id: int) -> str:
        return "\n".join(to_text(m) for c, m in self.sent if c == chat_id)


def december_engine(kb: Knowledge) -> Engine:
    return Engine(kb, now=lambda: dt.datetime(2024, 12, 1, 12, tzinfo=PARIS))


async def test_a_conversation_through_the_service(engine: Engine, store: SqliteStore) -> None:
    service, out = ChatService(engine, store), Recorder()
    await service.handle(Incoming(ALICE, Command("start", "dentiste_2024")), out)
    assert "avez-vous consulté ou alimenté au moins un DMP" in out.texts(ALICE)
    await service.handle(Incoming(ALICE, Answer("logiciel_dmp.flux", "oui")), out)
    await service.handle(Incoming(ALICE, Text("oui")), out)
    session = await store.load(ALICE)
    assert session is not None and session.answers == {
        "logiciel_dmp": True,
        "cdc_sesam_vitale": True,
    }


async def test_a_delivery_seen_already_is_applied_once(engine: Engine, store: SqliteStore) -> None:
    service, out = ChatService(engine, store), Recorder()
    await service.handle(Incoming(ALICE, Command("start", "dentiste_2024")), out)
    answer = Incoming(ALICE, Text("oui"), delivery_id=41)
    await service.handle(answer, out)
    await service.handle(answer, out)  # the channel delivered it again
    session = await store.load(ALICE)
    assert session is not None and session.answers == {"logiciel_dmp": True}


async def test_reminders_are_scheduled_only_by_channels_that_send_them(
    kb: Knowledge, store: SqliteStore
) -> None:
    engine, out = december_engine(kb), Recorder()
    for chat, schedules in ((1, True), (2, False)):
        service = ChatService(engine, store, schedules_reminders=schedules)
        await service.handle(Incoming(chat, Command("start", "dentiste_2024")), out)
        step = await service.handle(Incoming(chat, PlanReminders(FAMI)), out)
        assert step is not None and step.add_reminders
        session = await store.load(chat)
        assert session is not None and len(session.reminders) == 2, "listed in /rappel"
    assert len(await store.reminders(1)) == 2 and await store.reminders(2) == []


async def test_oublier_erases_through_the_service(engine: Engine, store: SqliteStore) -> None:
    service, out = ChatService(engine, store), Recorder()
    await service.handle(Incoming(ALICE, Command("start", "dentiste_2024")), out)
    await service.handle(Incoming(ALICE, Command("oublier")), out)
    await service.handle(Incoming(ALICE, ConfirmForget(True)), out)
    assert await store.load(ALICE) is None


async def test_advisors_commands_go_to_the_desk(engine: Engine, store: SqliteStore) -> None:
    out = Recorder()
    bare = ChatService(engine, store)  # a channel without advisors (the terminal)
    await bare.handle(Incoming(ALICE, Command("stats")), out)
    assert "Commande inconnue «\u202f/stats\u202f»" in out.texts(ALICE)

    service = ChatService(engine, store, AdvisorDesk(store, frozenset({ADVISOR})))
    await service.handle(Incoming(ALICE, Command("stats"), user_id=ALICE), out)
    assert out.texts(ALICE).endswith(ADVISORS_ONLY)
    assert await service.handle(Incoming(ADVISOR, Command("stats"), user_id=ADVISOR), out) is None
    assert "Sessions\u202f: " in out.texts(ADVISOR)
    assert await store.load(ADVISOR) is None, "no conversation for the advisor"


async def test_a_broadcast_goes_through_the_sender(kb: Knowledge, store: SqliteStore) -> None:
    engine, out = december_engine(kb), Recorder()
    service = ChatService(engine, store, AdvisorDesk(store, frozenset({ADVISOR})))
    await store.add_reminders(ALICE, [Reminder(ALICE, 2e9, "cloture", FAMI)])
    await service.handle(Incoming(ADVISOR, Command("diffuser", "Bonjour"), user_id=ADVISOR), out)
    preview = out.sent[-1][1]
    assert preview.actions == [ConfirmBroadcast(True), ConfirmBroadcast(False)]
    tap = Incoming(ADVISOR, ConfirmBroadcast(True), user_id=ADVISOR, under=to_text(preview))
    await service.handle(tap, out)
    assert out.texts(ALICE) == "Bonjour"
    assert out.texts(ADVISOR).endswith("Message envoyé à 1 conversation.")


async def test_reminder_delivery_through_the_sender(kb: Knowledge, store: SqliteStore) -> None:
    engine, out = december_engine(kb), Recorder()
    service = ChatService(engine, store)
    await service.handle(Incoming(ALICE, Command("start", "dentiste_2024")), out)
    await service.handle(Incoming(ALICE, PlanReminders(FAMI)), out)
    engine.now = lambda: dt.datetime(2025, 1, 13, 9, 5, tzinfo=PARIS)  # the opening day
    assert await ReminderDelivery(engine, store).send_due(out) == 1
    assert "Déclaration ouverte" in to_text(out.sent[-1][1])
    session = await store.load(ALICE, reminders=True)  # what /rappel lists
    assert session is not None and [r["kind"] for r in session.reminders] == ["cloture"]
