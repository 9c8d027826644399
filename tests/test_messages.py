"""The neutral message model, its renderers, and the typed actions' Telegram encoding."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.actions import (
    ACTIONS,
    PROFILE,
    Answer,
    CancelReminders,
    CompareExercice,
    ConfirmBroadcast,
    ConfirmForget,
    ContinueHypothetical,
    EstimateExercice,
    Modify,
    OpenWebApp,
    PlanReminders,
    RunCommand,
    ShareInline,
    ShowFaqEntry,
    ShowResult,
    ShowRuleAnswer,
    Stale,
    StartEstimate,
    WatchDates,
)
from bot.commands import COMMANDS
from bot.engine import Engine
from bot.events import Command
from bot.messages import Span, block, bold, italic, line, message, plain
from bot.render import parse_line, render
from bot.session import Session
from bot.telegram_render import (
    ENCODED,
    decode,
    encode,
    split_message,
    to_html,
    visible_length,
)
from bot.text_render import to_text

SAMPLES = [
    Answer("logiciel_dmp.flux", "oui"),
    Answer("teleservices:aat", "nsp"),  # a component question: its id holds a ":"
    RunCommand("resultat"),
    Modify("cdc_sesam_vitale"),
    Modify(PROFILE),
    ConfirmForget(True),
    ConfirmForget(False),
    ShowFaqEntry("web_dmp_suffisant"),
    ShowRuleAnswer("dentiste", "2024", "taux_teletransmission", "69.8"),
    ShowRuleAnswer("medecin", "2026", "dmp_ordonnances.ordonnances_numeriques", "sans-socle"),
    StartEstimate("dentiste_2024"),
    StartEstimate(""),
    EstimateExercice("2026"),
    ShowResult("detail"),
    ContinueHypothetical(),
    PlanReminders("fami_chirurgien_dentiste_2024"),
    CancelReminders(),
    WatchDates("fami_chirurgien_dentiste_2026"),
    CompareExercice("2026"),
    ConfirmBroadcast(True),
    ConfirmBroadcast(False),
]


def test_every_action_of_the_registry_can_travel_in_telegram() -> None:
    # A web app button opens a page, a share button an inline query: never callback data.
    assert set(ACTIONS) - {Stale, OpenWebApp, ShareInline} == ENCODED, "no callback data"
    assert {type(a) for a in SAMPLES} == ENCODED


@pytest.mark.parametrize("action", SAMPLES, ids=repr)
def test_callback_data_round_trips(action) -> None:
    data = encode(action)
    assert 1 <= len(data.encode()) <= 64
    assert decode(data) == action


@pytest.mark.parametrize(
    ("data", "action"),
    [  # data in keyboards sent before the typed actions: still understood
        ("a:teleservices:aat:oui", Answer("teleservices:aat", "oui")),
        ("c:modifier", RunCommand("modifier")),
        ("m:_profil", Modify(PROFILE)),
        ("o:oui", ConfirmForget(True)),
        ("s:hyp", ContinueHypothetical()),
        ("p:", StartEstimate("")),
        ("r:plan:donum_medecin_2026", PlanReminders("donum_medecin_2026")),
        ("r:annuler", CancelReminders()),
        ("d:envoyer", ConfirmBroadcast(True)),
        # and what means nothing is stale, on purpose
        (None, Stale()),
        ("", Stale()),
        ("zzz", Stale()),
        ("c:stats", Stale()),  # not a shortcut a button may run
        ("c:", Stale()),
        ("o:peut-etre", Stale()),
        ("s:hyp:x", Stale()),
        ("d:tout", Stale()),
        ("r:demain", Stale()),
    ],
)
def test_decoding_old_and_odd_data(data: str | None, action) -> None:
    assert decode(data) == action


def test_an_action_too_long_for_telegram_is_refused() -> None:
    with pytest.raises(ValueError):
        encode(ShowFaqEntry("x" * 70))


def test_renderers() -> None:
    m = message(
        block(line(bold("Titre"), " & <suite>"), italic("Source : guide")),
        block(line("Voir ", Span("ameli", link="https://www.ameli.fr"), ".")),
    )
    assert to_html(m) == (
        "<b>Titre</b> &amp; &lt;suite&gt;\n<i>Source\u202f: guide</i>\n\n"
        'Voir <a href="https://www.ameli.fr">ameli</a>.'
    )
    assert (
        to_text(m) == "Titre & <suite>\nSource\u202f: guide\n\nVoir ameli (https://www.ameli.fr)."
    )


@pytest.mark.parametrize("text", ["a", "a\nb", "a\n\nb", "a\n\n\nb", "\na\n", "x\n\n"])
def test_plain_text_keeps_its_line_breaks(text: str) -> None:
    assert to_text(plain(text)) == text


def test_template_values_never_open_a_span() -> None:
    d = SimpleNamespace(libelle="**Gras** __pas__ \\ * _", statut="publie")
    st = SimpleNamespace(note=None, phase="en_cours", cle="2026")
    m = render("intro.j2", d=d, n=3, st=st, nxt=None, window="pas encore publiée")
    assert m.blocks[0].lines[0] == (Span("**Gras** __pas__ \\ * _", bold=True),)
    assert to_html(m).startswith("<b>**Gras** __pas__ \\ * _</b>\n")


def test_a_span_left_open_is_a_template_bug() -> None:
    assert parse_line("**a** et __b__ \\*") == (
        Span("a", bold=True),
        Span(" et "),
        Span("b", italic=True),
        Span(" *"),
    )
    with pytest.raises(ValueError):
        parse_line("**ouvert")


def test_split_keeps_lines_whole() -> None:
    text = "\n".join(f"<b>ligne {i}</b> " + "x" * 90 for i in range(100))
    parts = split_message(text)
    assert len(parts) == 3 and all(visible_length(p) <= 4096 for p in parts)
    assert "\n".join(parts) == text


def test_aide_lists_the_commands_of_the_registry(engine: Engine) -> None:
    text = to_text(engine.step(Session(chat_id=1), Command("aide")).replies[0])
    for spec in COMMANDS.public():
        assert f"/{spec.name} — {spec.description}" in text
    assert "/stats" not in text, "advisors' commands are not for everyone"


def test_parsed_lines_are_cached_and_bounded() -> None:
    """An entry's lines come back in every reply giving it: parsed once, the cache bounded,
    a span left open still refused each time."""
    parse_line.cache_clear()
    first = parse_line("**Question ?** réponse")
    assert parse_line("**Question ?** réponse") is first
    assert parse_line.cache_info().hits == 1
    assert parse_line.cache_info().maxsize is not None
    for _ in range(2):
        with pytest.raises(ValueError):
            parse_line("**ouvert")
