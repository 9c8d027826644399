"""Answers between a chat's session and the Mini App: the session's answers as a profile
(the format of `forfait-bot estimate`, which the page edits), and a checked profile written
back into the session the way the questionnaire would have recorded it."""

from __future__ import annotations

from typing import Any

from bot.session import Session
from calculators.profile import read_profile
from calculators.values import Measured, Unknown
from knowledge import Knowledge
from knowledge.schema import AMBIGU, Indicateur


def _to_profile(ind: Indicateur, value: Any, path: dict[str, str]) -> Any:
    if value is None:
        return "nsp"
    if isinstance(value, bool):
        return "oui" if value else "non"
    if value == AMBIGU:  # the situation chosen in the tree, by its name
        for q in ind.questions:
            for c in q.choix:
                if path.get(q.id) == c.valeur and c.resultat and c.resultat.reponse == AMBIGU:
                    return c.valeur
        return "nsp"
    if isinstance(value, dict):
        return {k: _to_profile(ind, v, path) for k, v in value.items()}
    return value


def session_profile(kb: Knowledge, session: Session) -> dict[str, Any] | None:
    """The session's profession, exercice and answers as a profile; None before it has a
    scheme. A detail started with no component yet (`{}`) is no answer."""
    if session.profession is None or session.exercice is None:
        return None
    d = kb.dispositif(session.profession, session.exercice)
    if d is None:
        return None
    answers = {
        ind.id: _to_profile(ind, session.answers[ind.id], session.path)
        for ind in d.indicateurs
        if ind.id in session.answers and session.answers[ind.id] != {}
    }
    return {"profession": d.profession, "exercice": d.cle, "indicateurs": answers}


def _to_session(value: Any) -> Any:
    """A calculator answer as the session stores it (JSON: "je ne sais pas" is None)."""
    if isinstance(value, Unknown):
        return None
    if isinstance(value, Measured):
        return value.value
    if isinstance(value, dict):
        return {k: _to_session(v) for k, v in value.items()}
    return value


def _route(ind: Indicateur, name: str) -> dict[str, str]:
    """The tree path (question id -> choice) that reaches the outcome `name`, so that the
    chat's result gives that path's reason and action; {} when none does."""
    questions = {q.id: q for q in ind.questions}

    def walk(qid: str, seen: frozenset[str]) -> dict[str, str] | None:
        q = questions.get(qid)
        if q is None or qid in seen:
            return None
        for c in q.choix:
            if c.valeur == name and c.resultat is not None:
                return {qid: c.valeur}
            if c.suivante is not None:
                rest = walk(c.suivante, seen | {qid})
                if rest is not None:
                    return {qid: c.valeur, **rest}
        return None

    return (walk(ind.questions[0].id, frozenset()) if ind.questions else None) or {}


def apply_profile(kb: Knowledge, session: Session, profile: object) -> None:
    """Write a profile's answers into the session (ProfileError, French, when invalid):
    another scheme starts afresh; a changed answer replaces the old one and its tree path; an
    answer the profile leaves out is dropped. The questionnaire then stands at the result."""
    d, answers = read_profile(kb, profile)
    raw = (profile.get("indicateurs") if isinstance(profile, dict) else None) or {}
    if (session.profession, session.exercice) != (d.profession, d.cle):
        session.reset()
        session.profession, session.exercice = d.profession, d.cle
    for ind in d.indicateurs:
        new = _to_session(answers[ind.id]) if ind.id in answers else ...
        if session.answers.get(ind.id, ...) == new:
            continue
        session.answers.pop(ind.id, None)
        for q in ind.questions:
            session.path.pop(q.id, None)
        prefix = (ind.id + ".", ind.id + ":")
        session.history = [h for h in session.history if h != ind.id and not h.startswith(prefix)]
        if new is ...:
            continue
        session.answers[ind.id] = new
        value = raw.get(ind.id)
        if isinstance(value, str):
            session.path.update(_route(ind, value.strip()))
        session.history.append(ind.id)
    session.pending = None
