"""A result shared through inline mode: the answers written into the inline query itself.

An advisor's [Partager] under a result opens "@bot estimation dentiste_2024 oui oui 85 …" in the
chat of their choice; the inline handler reads that query back into a profile
(`calculators.profile`, every value checked) and answers with a card holding the short result
the bot computes for those answers — never figures taken from the query, never the store. A
forged query can only show what the bot would say of its answers.

The query: "estimation", the deep-link case ("dentiste_2024"), then one token per indicator of
the scheme, in its order: oui, non, nsp, a number (decimal comma), the name of a situation the
texts leave open, "-" when unanswered; an indicator with components gives theirs in their order,
joined by "/" ("80/-/95").
"""

from __future__ import annotations

import re
from typing import Any

from bot.session import Session
from bot.webapp_answers import apply_profile, session_profile
from calculators.profile import ProfileError
from knowledge import Knowledge
from knowledge.schema import Dispositif

PREFIX = "estimation"
INLINE_QUERY = 256  # characters Telegram allows in an inline query
UNANSWERED = "-"
PART = "/"
_TOKEN = re.compile(r"[0-9a-z_,/-]+")  # what the values may be written with


def share_query(kb: Knowledge, session: Session) -> str | None:
    """The inline query that shares the session's result; None before a scheme is chosen, or
    when it would not fit an inline query."""
    profile = session_profile(kb, session)
    if profile is None:
        return None
    d = kb.dispositif(profile["profession"], profile["exercice"])
    if d is None:
        return None
    answers = profile["indicateurs"]
    tokens = [_token(d, ind.id, answers.get(ind.id, UNANSWERED)) for ind in d.indicateurs]
    query = " ".join([PREFIX, f"{kb.professions[d.profession].lien}_{d.cle}", *tokens])
    return query if len(query) <= INLINE_QUERY else None


def _token(d: Dispositif, indicator: str, value: Any) -> str:
    ind = next(i for i in d.indicateurs if i.id == indicator)
    if isinstance(value, dict):
        return PART.join(_scalar(value.get(c.id, UNANSWERED)) for c in ind.composantes)
    return _scalar(value)


def _scalar(value: Any) -> str:
    if isinstance(value, float | int) and not isinstance(value, bool):  # exactly, as stored
        return repr(float(value)).removesuffix(".0").replace(".", ",")
    return str(value)


def read_share_query(kb: Knowledge, query: str) -> Session | None:
    """A session holding the shared answers, as the questionnaire would have recorded them;
    None when the query is not a shared result or does not fit its scheme (it is then an
    ordinary question)."""
    words = query.strip().lower().split()
    if len(words) < 2 or words[0] != PREFIX:
        return None
    lien, _, cle = words[1].rpartition("_")
    profession = kb.profession(lien) if lien else None
    d = kb.dispositif(profession, cle) if profession else None
    if d is None or len(words) != 2 + len(d.indicateurs):
        return None
    if not all(_TOKEN.fullmatch(w) for w in words[2:]):
        return None
    answers: dict[str, Any] = {}
    for ind, word in zip(d.indicateurs, words[2:], strict=True):
        if ind.composantes and PART in word:
            parts = word.split(PART)
            if len(parts) != len(ind.composantes):
                return None
            given = {c.id: p for c, p in zip(ind.composantes, parts, strict=True)}
            if any(p != UNANSWERED for p in parts):
                answers[ind.id] = {k: v for k, v in given.items() if v != UNANSWERED}
        elif word != UNANSWERED:
            answers[ind.id] = word
    session = Session(chat_id=0)
    profile = {"profession": d.profession, "exercice": d.cle, "indicateurs": answers}
    try:
        apply_profile(kb, session, profile)
    except ProfileError:
        return None
    return session
