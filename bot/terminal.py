"""`forfait-bot chat`: the same service in a terminal, for a first try and for advisors.

Choices are shown with a letter: type the letter to tap one (numbers stay answers: « 3 »
interventions is never the third choice). Commands work as in Telegram. Reminders are kept
in the session but never sent from here: the terminal says so, with the dates to note.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import sys
from collections.abc import Sequence
from typing import TextIO

from bot.app import ChatService, Incoming
from bot.engine import Engine
from bot.events import Command, Event, Text
from bot.messages import Choice, Message
from bot.reminders import PARIS, Reminder
from bot.session import SessionDamaged
from bot.store import SessionStore
from bot.text_render import to_text
from bot.typography import typeset

TERMINAL_CHAT = -1  # the terminal's session id in the store
KEYS = "abcdefghijklmnopqrstuvwxyz"  # a letter per choice: a number is always an answer


def parse_line(line: str, choices: list[Choice]) -> Event:
    line = line.strip()
    if line.startswith("/"):
        name, _, args = line[1:].partition(" ")
        return Command(name.split("@")[0].lower(), args)
    index = KEYS.find(line.lower()) if len(line) == 1 else -1
    if 0 <= index < len(choices):
        return choices[index].action
    return Text(line)


def show(messages: Sequence[Message], out: TextIO) -> list[Choice]:
    """Print messages; return the choices of the last one, lettered for the next line."""
    shown: list[Choice] = []
    for m in messages:
        out.write(to_text(m) + "\n")
        shown = [c for row in m.choices for c in row]
        if shown:
            lettered = zip(KEYS, shown, strict=False)  # at most 26 (a /modifier list: 17)
            out.write("   ".join(f"[{key}] {typeset(c.label)}" for key, c in lettered) + "\n")
    out.write("\n")
    out.flush()
    return shown


class TerminalSender:
    """The service's `Sender` for one terminal: prints, and remembers the last choices."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.choices: list[Choice] = []

    async def send(self, chat_id: int, messages: Sequence[Message]) -> bool:
        self.choices = show(messages, self.out)
        return True


async def chat(engine: Engine, store: SessionStore, inp: TextIO, out: TextIO) -> None:
    service = ChatService(engine, store, schedules_reminders=False)
    sender = TerminalSender(out)
    try:
        session = await store.load(TERMINAL_CHAT)
    except SessionDamaged:  # the service puts it apart and says so at the first step
        session = None
    first = Command("reprendre" if session and session.profession else "start")
    await service.handle(Incoming(TERMINAL_CHAT, first), sender)
    just_started = first.name == "start"  # a bare /start typed now would welcome twice
    interactive = inp.isatty()
    while True:
        if interactive:
            out.write("> ")
            out.flush()
        line = inp.readline()
        if not line or line.strip() in ("/quitter", "/quit", "/exit"):
            out.write("Au revoir. Vos réponses sont gardées : relancez pour reprendre.\n")
            return
        if not line.strip():
            continue
        event = parse_line(line, sender.choices)
        if just_started and event == Command("start", ""):
            out.write("C'est parti : répondez à la question ci-dessus.\n\n")
            just_started = False
            continue
        just_started = False
        step = await service.handle(Incoming(TERMINAL_CHAT, event), sender)
        if step is not None and step.add_reminders:
            out.write(no_reminders_here(step.add_reminders) + "\n\n")


def no_reminders_here(reminders: list[Reminder]) -> str:
    """The terminal sends nothing later: say so, with the dates to note."""
    days = sorted({dt.datetime.fromtimestamp(r.due, PARIS).date() for r in reminders})
    dates = ", ".join(d.strftime("%d/%m/%Y") for d in days)
    return (
        "Attention : dans le terminal, aucun rappel ne vous sera envoyé (ils partent du bot "
        f"Telegram). Notez la date : {dates}."
    )


def run_chat(engine: Engine, store: SessionStore) -> int:
    out = sys.stdout
    out.write("forfait-bot dans le terminal. Tapez la lettre d'un choix, une réponse, ou /aide.\n")
    out.write("Ctrl-D ou /quitter pour sortir.\n\n")
    asyncio.run(chat(engine, store, sys.stdin, out))
    return 0
