"""What the bot keeps about a user outside the session: INFO logs say what kind of action
happened, never what was answered; after /oublier the SQLite files hold no copy of the erased
session (secure_delete, and the WAL checkpointed and emptied)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

import pytest
from telegram_harness import open_harness, plain

from bot.actions import ConfirmForget
from bot.app import ChatService, Incoming
from bot.engine import Engine
from bot.events import Command
from bot.messages import Message
from bot.reminders import Reminder
from bot.session import Session
from bot.store import SqliteStore

ALICE, ADVISOR = 51, 1001
MARK = "Cabinet-Zébulon-4242"  # what a user could have typed into a free answer


class Quiet:
    async def send(self, chat_id: int, messages: Sequence[Message]) -> bool:
        return True


def files_hold(path: Path, text: str) -> list[str]:
    """The files of the database (main file, WAL) whose bytes contain `text`."""
    found = []
    for f in (path, path.with_name(path.name + "-wal")):
        if f.exists() and text.encode() in f.read_bytes():
            found.append(f.name)
    return found


async def test_oublier_leaves_no_copy_in_the_sqlite_files(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "sessions.sqlite3"
    store = SqliteStore(path)
    try:
        for i in range(5):  # several versions of the row, in the WAL
            answers = {"logiciel_dmp": True, "note": f"{MARK} {i}"}
            await store.save(Session(chat_id=ALICE, profession="medecin", answers=answers))
        await store.add_reminders(ALICE, [Reminder(ALICE, 2e9, "cloture", "fami_x_2024")])
        await store.save(Session(chat_id=2, profession="medecin", answers={"note": "gardé"}))
        assert files_hold(path, MARK), "the test can see a copy"

        service = ChatService(engine, store)
        await service.handle(Incoming(ALICE, Command("oublier")), Quiet())
        await service.handle(Incoming(ALICE, ConfirmForget(True)), Quiet())
        assert await store.load(ALICE) is None
        assert files_hold(path, MARK) == [], "an erased session stays nowhere in the files"
        assert await store.load(2) is not None, "the others are kept"
    finally:
        await store.close()


async def test_info_logs_hold_the_kind_of_action_never_the_answer(
    engine: Engine, store: SqliteStore, caplog: pytest.LogCaptureFixture
) -> None:
    tg = await open_harness(engine, store, advisors=frozenset({ADVISOR}))
    tapped: list[str] = []
    with caplog.at_level(logging.DEBUG):
        try:
            await tg.send(ALICE, "/start dentiste_2024")
            for label in ("Oui", "Non"):
                tapped.append(dict(tg.keyboard(ALICE))[label])
                await tg.tap_label(ALICE, label)
            await tg.send(ALICE, f"{MARK} 72,5")
            await store.add_reminders(ALICE, [Reminder(ALICE, 2e9, "cloture", "fami_x_2024")])
            await tg.send(ADVISOR, f"/diffuser Annonce {MARK}")
            preview = tg.sent(ADVISOR)[-1]
            envoyer = dict(preview.buttons)["Envoyer"]
            await tg.quiet(tg.updates.callback(ADVISOR, envoyer, text=plain(preview.text)))
            await tg.send(ALICE, "/oublier")
            tapped.append(dict(tg.keyboard(ALICE))["Oui, tout effacer"])
            await tg.tap_label(ALICE, "Oui, tout effacer")
        finally:
            await tg.close()
    info = "\n".join(r.getMessage() for r in caplog.records if r.levelno >= logging.INFO)
    assert "bouton Answer" in info and "bouton ConfirmForget" in info, "the kind is there"
    assert "commande /diffuser" in info
    for secret in (MARK, "72,5", "dentiste_2024", "'oui'", "'non'", *tapped):
        assert secret not in info, secret
    assert MARK not in caplog.text, "not even at DEBUG"
