"""`forfait-bot chat`: the same engine in a terminal, for a first try and for advisors.

Buttons are shown with a letter: type the letter to tap one (numbers stay answers: « 3 »
interventions is never the third button). Commands work as in Telegram.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import sys
from typing import TextIO

from bot.engine import Button, Engine, Event, Reply
from bot.reminders import PARIS, Reminder
from bot.render import to_plain
from bot.session import Session
from bot.store import SessionStore

TERMINAL_CHAT = -1  # the terminal's session id in the store
KEYS = "abcdefghijklmnopqrstuvwxyz"  # a letter per button: a number is always an answer


def parse_line(line: str, buttons: list[Button]) -> Event:
    line = line.strip()
    if line.startswith("/"):
        name, _, args = line[1:].partition(" ")
        return Event("command", name.split("@")[0].lower(), args)
    index = KEYS.find(line.lower()) if len(line) == 1 else -1
    if 0 <= index < len(buttons):
        return Event("button", buttons[index].data)
    return Event("text", line)


def show(replies: list[Reply], out: TextIO) -> list[Button]:
    """Print replies; return the buttons of the last one, lettered for the next line."""
    buttons: list[Button] = []
    for reply in replies:
        out.write(to_plain(reply.text) + "\n")
        buttons = [b for row in reply.buttons for b in row]
        if buttons:
            shown = zip(KEYS, buttons, strict=False)  # at most 26 (a /modifier list: 17)
            out.write("   ".join(f"[{key}] {b.label}" for key, b in shown) + "\n")
    out.write("\n")
    out.flush()
    return buttons


async def chat(engine: Engine, store: SessionStore, inp: TextIO, out: TextIO) -> None:
    session = await store.load(TERMINAL_CHAT) or Session(chat_id=TERMINAL_CHAT)
    first = Event("command", "reprendre" if session.profession else "start")
    step = engine.step(session, first)
    await store.save(step.session)
    buttons = show(step.replies, out)
    interactive = inp.isatty()
    while True:
        if interactive:
            out.write("> ")
            out.flush()
        line = inp.readline()
        if not line or line.strip() in ("/quitter", "/exit"):
            out.write("Au revoir. Vos réponses sont gardées : relancez pour reprendre.\n")
            return
        if not line.strip():
            continue
        step = engine.step(step.session, parse_line(line, buttons))
        if step.forget:
            await store.delete(TERMINAL_CHAT)
        else:
            await store.save(step.session)
        buttons = show(step.replies, out)
        if step.add_reminders:
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
