"""`forfait-bot chat`: the engine in a terminal, scripted through StringIO."""

from __future__ import annotations

import datetime as dt
import io
import sqlite3

import pytest

from bot.actions import Answer
from bot.engine import Engine
from bot.events import Command, Event, Text
from bot.messages import Choice, block, bold, line, message, plain
from bot.reminders import PARIS
from bot.store import SqliteStore
from bot.terminal import TERMINAL_CHAT, chat, parse_line, show
from knowledge import Knowledge

BUTTONS = [
    Choice("Oui", Answer("q", "oui")),
    Choice("Non", Answer("q", "non")),
    Choice("Je ne sais pas", Answer("q", "nsp")),
]


@pytest.mark.parametrize(
    ("line", "event"),
    [
        ("a", Answer("q", "oui")),
        ("C", Answer("q", "nsp")),
        ("d", Text("d")),  # no fourth button
        ("3", Text("3")),  # a number is an answer (3 interventions), never a button
        ("85,5 %", Text("85,5 %")),
        ("/start dentiste_2024", Command("start", "dentiste_2024")),
        ("/Aide@forfait_bot", Command("aide", "")),
        ("  ouais  ", Text("ouais")),
    ],
)
def test_parse_line(line: str, event: Event) -> None:
    assert parse_line(line, BUTTONS) == event


def test_show_letters_the_buttons_of_the_last_reply() -> None:
    out = io.StringIO()
    question = message(block(line(bold("Question"), " & aide")))
    buttons = show([question, plain("Choix :", [BUTTONS[:2]])], out)
    assert buttons == BUTTONS[:2]
    assert out.getvalue() == "Question & aide\nChoix\u202f:\n[a] Oui   [b] Non\n\n"


def test_button_labels_are_typeset_like_the_text() -> None:
    """« Alimentation du DMP : 35 % » in /modifier's buttons: the no-break spaces of the
    text, as Telegram's renderer gives them."""
    out = io.StringIO()
    show([plain("Choix :", [[Choice("Alimentation du DMP : 35 %", Answer("q", "x"))]])], out)
    assert "[a] Alimentation du DMP\u202f: 35\u202f%" in out.getvalue()


async def run(engine: Engine, store: SqliteStore, lines: list[str]) -> str:
    out = io.StringIO()
    await chat(engine, store, io.StringIO("".join(f"{line}\n" for line in lines)), out)
    return out.getvalue().replace("\u202f", " ")


async def test_a_full_questionnaire(engine: Engine, store: SqliteStore) -> None:
    lines = [
        "b",  # Chirurgien-dentiste
        "2024",  # typed: the year, not a button
        "a",  # DMP: oui
        "oui",
        "a",
        "85",
        "a",  # BAL MSSanté personnelle
        "a",  # MSP, ESP/ESS ou CPTS
        "3",  # three interventions: the number, not the third button
        "a",  # student: oui
    ]
    out = await run(engine, store, lines)
    assert "Vous êtes ?" in out and "[a] Médecin   [b] Chirurgien-dentiste" in out
    assert "Montant estimé : 1 240 €" in out
    assert out.endswith("Au revoir. Vos réponses sont gardées : relancez pour reprendre.\n")


async def test_resumes_after_a_restart(engine: Engine, store: SqliteStore) -> None:
    await run(engine, store, ["/start dentiste_2024", "a", "/quitter"])
    out = await run(engine, store, [])
    assert "SESAM-Vitale 1.40 addendum 8" in out, "the pending question, at once"
    session = await store.load(TERMINAL_CHAT)
    assert session is not None and session.answers == {"logiciel_dmp": True}


async def test_a_damaged_terminal_session_starts_afresh(engine: Engine, store: SqliteStore) -> None:
    await run(engine, store, ["/start dentiste_2024", "/quitter"])
    with sqlite3.connect(store.path) as db:
        db.execute("UPDATE sessions SET data='{\"v\":2,' WHERE chat_id=?", (TERMINAL_CHAT,))
    out = await run(engine, store, [])
    assert "n'ont pas pu être relues" in out and "Vous êtes" in out


async def test_oublier_erases_the_terminal_session(engine: Engine, store: SqliteStore) -> None:
    out = await run(engine, store, ["/start dentiste_2024", "a", "/oublier", "a"])
    assert "Toutes vos données ont été effacées" in out
    assert await store.load(TERMINAL_CHAT) is None


async def test_blank_lines_are_skipped_and_bad_input_explained(
    engine: Engine, store: SqliteStore
) -> None:
    out = await run(engine, store, ["/start dentiste_2024", "", "   ", "gloubiboulga"])
    assert out.count("Je n'ai pas compris") == 1


async def test_a_reminder_asked_in_the_terminal_says_none_will_come(
    kb: Knowledge, store: SqliteStore
) -> None:
    now = dt.datetime(2024, 12, 1, 12, tzinfo=PARIS)
    engine = Engine(kb, now=lambda: now)
    answers = ["a", "oui", "a", "85", "a", "a", "3", "a"]
    out = await run(engine, store, ["/start dentiste_2024", *answers, "g"])
    assert "[g] Me rappeler la date limite" in out
    assert "aucun rappel ne vous sera envoyé" in out and "Notez la date : " in out


async def test_quit_in_english_leaves_too(engine: Engine, store: SqliteStore) -> None:
    """« /quit » (typed in the walk-through) leaves, as « /quitter » and « /exit » do."""
    out = await run(engine, store, ["/start dentiste_2024", "/quit", "a"])
    assert "Commande inconnue" not in out and out.endswith("relancez pour reprendre.\n")


async def test_a_bare_start_first_does_not_welcome_twice(
    engine: Engine, store: SqliteStore
) -> None:
    """The chat starts on its own: « /start » typed first says so instead of a second
    welcome; typed later, it starts again as in Telegram."""
    out = await run(engine, store, ["/start", "b", "/start"])
    assert out.count("Vous êtes ?") == 2 and "C'est parti : répondez à la question" in out
