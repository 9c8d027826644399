"""A result shared through inline mode (`bot/result_share.py`): the answers travel in the
inline query and come back as the questionnaire recorded them, for every scheme."""

from __future__ import annotations

import pytest

from bot.actions import ShareInline, ShowResult
from bot.engine import Engine
from bot.events import Command
from bot.result_share import INLINE_QUERY, read_share_query, share_query
from bot.session import Session
from bot.text_render import to_text
from bot.webapp_answers import apply_profile
from knowledge import Knowledge


def answered(kb: Knowledge, key: tuple[str, str]) -> Session:
    """Every indicator answered, components with awkward figures (two thirds, a decimal)."""
    d = kb.dispositifs[key]
    values = {}
    for i, ind in enumerate(d.indicateurs):
        if ind.composantes:
            values[ind.id] = {
                c.id: [200 / 3, 69.8, "nsp"][j % 3] for j, c in enumerate(ind.composantes)
            }
        elif ind.cible.type == "points_declares":
            values[ind.id] = 120.5
        else:
            values[ind.id] = ["oui", "non", "nsp"][i % 3]
    session = Session(chat_id=1)
    apply_profile(
        kb, session, {"profession": d.profession, "exercice": d.cle, "indicateurs": values}
    )
    return session


def test_every_scheme_round_trips_within_an_inline_query(kb: Knowledge) -> None:
    for key in kb.dispositifs:
        session = answered(kb, key)
        query = share_query(kb, session)
        assert query is not None and len(query) <= INLINE_QUERY, (key, query)
        shared = read_share_query(kb, query)
        assert shared is not None, query
        assert (shared.profession, shared.exercice) == (session.profession, session.exercice)
        assert shared.answers == session.answers, query


def test_a_partial_result_keeps_its_gaps(kb: Knowledge) -> None:
    session = Session(chat_id=1, profession="medecin", exercice="2024")
    session.answers = {"logiciel_segur_lap": False, "teleservices": {"aat": 80.0}}
    query = share_query(kb, session)
    assert query is not None and query.startswith("estimation medecin_2024 non -")
    assert "80/-/-/-/-/-" in query.split()
    shared = read_share_query(kb, query)
    assert shared is not None and shared.answers == session.answers


@pytest.mark.parametrize(
    "query",
    [
        "",
        "estimation",
        "estimation dentiste_2024",  # too few answers
        "estimation dentiste_1990 oui oui oui 85 oui oui 3 oui",  # no such exercice
        "estimation dentiste_2024 oui oui oui 185 oui oui 3 oui",  # not a percentage
        "estimation dentiste_2024 oui oui oui 85 oui oui 3 <b>",
        "quelle est la date limite pour déclarer ?",
    ],
)
def test_anything_else_is_not_a_shared_result(kb: Knowledge, query: str) -> None:
    assert read_share_query(kb, query) is None


def test_without_inline_mode_the_share_button_shows_what_it_would_post(engine: Engine) -> None:
    """The terminal has no inline mode: the engine shows the text instead (the same text as
    [Texte à copier])."""
    s = Session(chat_id=1)
    s = engine.step(s, Command("start", "dentiste_2024")).session
    result = engine.step(s, Command("resultat"), advisor=True).replies[-1]
    [share] = [a for a in result.actions if isinstance(a, ShareInline)]
    [shown] = engine.step(s, share).replies
    [copy] = engine.step(s, ShowResult("texte"), advisor=True).replies
    assert to_text(shown) == to_text(copy)
    assert "Montant estimé" in to_text(shown)


def test_a_situation_the_texts_leave_open_travels_by_its_name(kb: Knowledge) -> None:
    session = Session(chat_id=1)
    profile = {"logiciel_dmp": "compatible_sans_flux", "taux_teletransmission": 85}
    apply_profile(kb, session, {"profession": "dentiste", "exercice": 2024, "indicateurs": profile})
    query = share_query(kb, session)
    assert query == "estimation dentiste_2024 compatible_sans_flux - - 85 - - - -"
    shared = read_share_query(kb, query)
    assert shared is not None
    assert (shared.answers, shared.path) == (session.answers, session.path)
