"""The result as a phone shows it (issue 12, items 1 and 5): a short first message, each detail
one tap away and whole, sources once as numbered notes, and French typography everywhere.

Paths are driven through the pure engine by button labels (`drive`), and through the real
Application for the buttons (`test_result_buttons_through_telegram`)."""

from __future__ import annotations

import re

import pytest
from telegram_harness import TelegramHarness, texts

from bot.actions import Answer, RunCommand, ShowResult
from bot.engine import Engine
from bot.events import Command, Event, Text
from bot.messages import Message
from bot.result_messages import SHORT_RESULT
from bot.session import Session
from bot.telegram_render import TELEGRAM_LIMIT, to_html
from bot.text_render import to_text
from bot.typography import problems, typeset
from knowledge import Knowledge

PATHS = {
    "dentiste complet": (
        "dentiste_2024",
        ["Oui", "Oui", "Oui", "#85", "BAL MSSanté personnelle", "MSP, ESP/ESS", "#3", "Oui"],
    ),
    "médecin complet": (
        "medecin_2024",
        [
            *("Oui, déjà pré-rempli", "Oui", "#80", "Oui", "#20", "#10", "Oui, objectif atteint"),
            *("Au moins 1", "#50", "Oui", "Oui", "Oui", "Oui", "Oui, solution payante"),
            *("Oui", "Oui"),
        ],
    ),
    "médecin bloqué": ("medecin_2024", ["Non", "Voir le résultat"]),
}
BUTTONS = ["Détail par indicateur", "Plan d'action", "Sources", "Fiche PDF", "Modifier"]


class Drive:
    """A path through the engine: taps by label ("#…": typed), every reply kept."""

    def __init__(self, engine: Engine, start: str, steps: list[str]) -> None:
        self.engine, self.session = engine, Session(chat_id=3)
        self.taps = self.typed = 0
        self.all: list[Message] = []
        self.replies = self.do(Command("start", start))
        for step in steps:
            if step.startswith("#"):
                self.typed += 1
                self.replies = self.do(Text(step[1:]))
                continue
            labels = {c.label: c.action for m in self.replies for r in m.choices for c in r}
            action = next(a for label, a in labels.items() if label.startswith(step))
            self.taps += 1
            self.replies = self.do(action)

    def do(self, event: Event) -> list[Message]:
        """The new messages of the step (a confirmation is shown over its question instead:
        kept in `all`, for the typography checks)."""
        step = self.engine.step(self.session, event)
        self.session = step.session
        self.all += step.replies
        return [m for m in step.replies if m.confirms is None]


@pytest.fixture(params=list(PATHS))
def path(request: pytest.FixtureRequest, engine: Engine) -> Drive:
    return Drive(engine, *PATHS[request.param])


def test_the_first_result_is_short_with_its_buttons(path: Drive) -> None:
    (result,) = path.replies
    text = to_text(result)
    assert len(text) <= SHORT_RESULT, text
    assert re.search(r"sur [\d\u202f]+\u202f€( \([^)]*\))? possibles", text), text
    assert re.search("(Socle|Volet 1)\u202f:", text) and "Déclaration 2024\u202f:" in text
    labels = [c.label for row in result.choices for c in row]
    assert labels[: len(BUTTONS)] == BUTTONS
    assert RunCommand("modifier") in result.actions


def test_the_short_result_names_the_actions_worth_the_most(engine: Engine) -> None:
    drive = Drive(engine, *PATHS["médecin bloqué"])
    text = to_text(drive.replies[0]).replace("\u202f", " ")
    said = "0 € (0 point) sur 7 805 € (1 115 points) possibles (ou 8 141 € selon une autre source)."
    assert said in text
    assert "Volet 1 : non atteint ❌" in text
    assert "1. Volet 1 : Logiciel métier référencé Ségur" in text and "+1 960 €" in text
    assert "à faire avant le 31/12/2025" in text or "Pour 2025" in text


def test_detail_one_whole_message_per_group_with_numbered_notes(path: Drive) -> None:
    detail = path.do(ShowResult("detail"))
    assert all(len(to_html(m)) <= TELEGRAM_LIMIT for m in detail), "never split by Telegram"
    text = "\n".join(to_text(m) for m in detail)
    est = path.engine._estimate(path.session, path.engine._dispositif(path.session))
    assert len(detail) == len(est.groupes)
    for r in est.indicateurs:
        assert sum(typeset(r.libelle) in to_text(m) for m in detail) == 1, r.libelle
    cited = set(re.findall(r"\[(\d+)\](?! )", text)) | set(re.findall(r" \[(\d+)\]$", text, re.M))
    notes = re.findall(r"^\[(\d+)\] ", text, re.M)
    assert notes == sorted(set(notes), key=int), "each note listed once, in order"
    assert cited <= set(notes)
    assert "Réponse inconnue" not in text and "Pas encore renseigné" not in text


def test_points_and_euros_side_by_side(engine: Engine) -> None:
    detail = Drive(engine, *PATHS["médecin complet"]).do(ShowResult("detail"))
    volets = [to_text(m).replace("\u202f", " ") for m in detail]
    assert all(re.search(r"points? sur [\d ]+ · [\d ]+ € sur [\d ]+ €", v) for v in volets)


def test_plan_and_sources_on_demand(path: Drive) -> None:
    plan = path.do(ShowResult("plan"))
    assert all(len(to_html(m)) <= TELEGRAM_LIMIT for m in plan), "never split by Telegram"
    plan_text = "\n".join(to_text(m) for m in plan)
    assert "Plan d'action" in plan_text and "Déclaration" in plan_text
    (sources,) = path.do(ShowResult("sources"))
    lines = [x for x in to_text(sources).splitlines() if x.startswith("[")]
    assert [x.split("]")[0] for x in lines] == [f"[{i}" for i in range(1, len(lines) + 1)]
    assert len(set(lines)) == len(lines), "each source once"
    assert not re.search(r"\(00\d\)", to_text(sources)), "titles, never file ids"
    (command,) = path.do(Command("sources", ""))
    assert to_text(command) == to_text(sources)


def test_every_message_of_every_path_is_typeset(path: Drive) -> None:
    for part in ("detail", "plan", "sources"):
        path.do(ShowResult(part))
    path.do(Command("aide", ""))
    path.do(Command("modifier", ""))
    found = [p for m in path.all for p in problems(to_text(m))]
    # Buttons are typeset by the channel (`telegram_render.parts`), as the text by `to_text`.
    labels = [typeset(c.label) for m in path.all for row in m.choices for c in row]
    found += [p for label in labels for p in problems(label)]
    assert not found, found


@pytest.mark.parametrize("answers", ["none", "yes"])
def test_every_scheme_short_result_fits(kb: Knowledge, engine: Engine, answers: str) -> None:
    for (profession, exercice), d in kb.dispositifs.items():
        s = Session(chat_id=5, profession=profession, exercice=exercice)
        if answers == "yes":
            s.answers = {i.id: True for i in d.indicateurs}
        (result,) = engine.step(s, Command("resultat", "")).replies
        assert len(to_text(result)) <= SHORT_RESULT, (profession, exercice)
        assert not problems(to_text(result)), (profession, exercice)


def test_old_result_buttons_follow_the_answers(engine: Engine) -> None:
    drive = Drive(engine, *PATHS["médecin bloqué"])
    drive.do(Answer("x", "y"))  # a stale tap: nothing changes
    fresh = Session(chat_id=9)
    assert "Ce bouton vient d'un ancien message" in to_text(
        engine.step(fresh, ShowResult("detail")).replies[0]
    )


async def test_result_buttons_through_telegram(tg: TelegramHarness) -> None:
    chat = 4242
    await tg.send(chat, "/start dentiste_2024")
    for label in ("Oui", "Oui", "Oui"):
        await tg.tap_label(chat, label)
    await tg.send(chat, "85")
    await tg.tap_label(chat, "BAL MSSanté personnelle")
    await tg.tap_label(chat, "MSP, ESP/ESS ou CPTS")
    await tg.send(chat, "3")
    result = await tg.tap_label(chat, "Oui")
    assert len(result) == 1 and "1 240 € sur 1 240 € possibles" in texts(result)
    labels = [label for label, _ in tg.keyboard(chat)]
    assert labels[:5] == BUTTONS
    detail = await tg.tap_label(chat, "Détail par indicateur")
    assert len(detail) >= 2 and "Notes" in texts(detail)
    await tg.tap(chat, "v:plan")
    assert "Plan d'action" in tg.last_text(chat)
    files = await tg.tap(chat, "v:fiche")
    assert [c.method for c in files] == ["sendPhoto", "sendDocument"]
    (png,) = files[0].files.values()
    (pdf,) = files[1].files.values()
    assert png[0].endswith(".png") and png[1].startswith(b"\x89PNG")
    assert pdf[0].endswith(".pdf") and pdf[1].startswith(b"%PDF")
