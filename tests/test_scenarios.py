"""Conversation scenarios (tests/scenarios/*.yaml) through the real Application, each on its
own frozen date: what a practitioner types or taps, and the phrases the bot must (not) say.
The engine has its FAQ, as in production: a typed question gets a sourced answer."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from telegram_harness import TelegramHarness, open_harness, plain

from bot.engine import Engine
from bot.faq_replies import FaqResponder
from bot.reminders import PARIS
from bot.store import SqliteStore
from knowledge import Knowledge

SCENARIOS = Path(__file__).parent / "scenarios"
CHAT = 4242
SPACES = re.compile(r"[\s\u00a0\u202f]+")


def _cases() -> list[Any]:
    cases = []
    for path in sorted(SCENARIOS.glob("*.yaml")):
        for sc in yaml.safe_load(path.read_text(encoding="utf-8"))["scenarios"]:
            cases.append(pytest.param(sc, id=f"{path.stem}: {sc['nom']}"))
    return cases


def _fold(text: str) -> str:
    return SPACES.sub(" ", text).strip().lower()


def _labels(tg: TelegramHarness) -> list[str]:
    return [label for label, _ in tg.keyboard(CHAT)]


async def _do(tg: TelegramHarness, step: dict[str, Any]) -> str:
    """The step's replies, after the messages it edited (an answer confirmed over its
    question)."""
    edited = len(tg.edits(CHAT))
    sent = await _send(tg, step)
    return "\n".join(plain(c.text) for c in [*tg.edits(CHAT)[edited:], *sent])


async def _send(tg: TelegramHarness, step: dict[str, Any]) -> list[Any]:
    if "envoie" in step:
        sent = await tg.send(CHAT, str(step["envoie"]))
    else:
        label = str(step["appuie"])
        matches = [b for b in _labels(tg) if _fold(label) == _fold(b)]
        matches = matches or [b for b in _labels(tg) if _fold(label) in _fold(b)]
        assert matches, f"aucun bouton « {label} » parmi {_labels(tg)}"
        sent = await tg.tap_label(CHAT, matches[0])
    return sent


@pytest.fixture(scope="module")
def faq(kb: Knowledge) -> FaqResponder:
    return FaqResponder.from_knowledge(kb)


@pytest.mark.parametrize("scenario", _cases())
async def test_scenario(
    scenario: dict[str, Any], kb: Knowledge, faq: FaqResponder, tmp_path: Path
) -> None:
    day: dt.date = scenario["date"]
    now = dt.datetime.combine(day, dt.time(10, 0), tzinfo=PARIS)
    engine = Engine(kb, faq=faq, today=lambda: day, now=lambda: now)
    store = SqliteStore(tmp_path / "sessions.sqlite3")
    tg = await open_harness(engine, store)
    transcript: list[str] = []
    try:
        for step in scenario["etapes"]:
            said = step.get("envoie", f"[{step.get('appuie')}]")
            reply = await _do(tg, step)
            transcript.append(f"> {said}\n{reply}")
            chat = "\n\n".join(transcript)
            folded = _fold(reply)
            for phrase in step.get("attendu", []):
                assert _fold(phrase) in folded, f"« {phrase} » attendu :\n{chat}"
            for phrase in step.get("absent", []):
                assert _fold(phrase) not in folded, f"« {phrase} » à ne pas dire :\n{chat}"
            labels = [_fold(b) for b in _labels(tg)]
            for label in step.get("boutons", []):
                assert any(_fold(label) in b for b in labels), f"bouton « {label} » :\n{chat}"
            if "premier_bouton" in step:
                first = _fold(str(step["premier_bouton"]))
                assert labels and first in labels[0], f"premier bouton « {first} » :\n{chat}"
    finally:
        await tg.close()
        await store.close()
