"""Choices told by a count (`knowledge.schema.Seuil`): « 5 réunions de concertation
pluridisciplinaire » checks « Au moins 4 RCP par an », in a story, a yes/no question or a
questionnaire answer alike."""

from __future__ import annotations

import re

from bot.faq_text import fold
from bot.question_scope import MONTHS, NUMBER_WORDS, YEAR
from knowledge.schema import Choix, Indicateur

COUNT_WORDS = "|".join(NUMBER_WORDS)  # "trois RCP"
# A day told ("la 4e le 15 janvier 2026"): when something happened, not a year of counts
DAY = re.compile(rf"\b\d{{1,2}}(er)? ({'|'.join(MONTHS)}) 20\d\d\b")


# « si » before its subject: a change asked of what was told ("si je passe à 2h")
IF_SUBJECT = r"si (?=j'|je |j |jen |on |g )"
# A count asked as a change of the one told: "si je passe à 2h", "et si j'en fais 4"
IF_SHIFT = re.compile(rf"\b{IF_SUBJECT}")
# The next one supposed: "si j'en fais une 4e en décembre"
NTH_NEXT = re.compile(r"^(?:\S+ ){1,4}?une? (\d)(?:e|eme)\b")


def counted_path(folded: str, x: Indicateur) -> Choix | None:
    """The choice a count told says (« 5 réunions de concertation pluridisciplinaire » for
    « Au moins 4 RCP par an »), or, under its minimum, that choice leading to its `sinon`;
    None when the text tells of two years (« en 2024 4 RCP, en 2025 seulement 2 »)."""
    if len(set(YEAR.findall(DAY.sub(" ", folded)))) > 1:
        return None
    for q in x.questions:
        for c in q.choix:
            if c.seuil is None:
                continue
            things = "|".join(re.escape(fold(m)) for m in c.seuil.mots)
            # "1h30": the whole hours decide against a whole minimum
            found = list(
                re.finditer(rf"\b(\d{{1,3}}|{COUNT_WORDS}|une?) ?(?:{things})(?:\d\d)?\b", folded)
            )
            if not found:
                continue
            m = found[0]
            shift = IF_SHIFT.search(folded, m.end())
            if shift is not None and found[-1].start() > shift.start():
                m = found[-1]  # "j'ouvre 1h30 … si je passe à 2h ça valide ?": the count asked
            n = int(m[1]) if m[1].isdigit() else NUMBER_WORDS.get(m[1], 1)  # "une heure"
            nth = NTH_NEXT.search(folded[shift.end() :]) if shift is not None else None
            if nth is not None and int(nth[1]) == n + 1:
                n += 1  # "3 RCP … si j'en fais une 4e en décembre": the one more supposed
            if n < c.seuil.nombre:
                return c.model_copy(update={"resultat": c.seuil.sinon})
            return c if c.seuil.suffisant else None  # "2 h par semaine": registered too?
    return None
