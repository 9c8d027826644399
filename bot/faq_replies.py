"""FAQ answers as chat replies: in a conversation, forwarded by an advisor, or inline."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from bot.actions import RunCommand, ShowFaqEntry, StartEstimate
from bot.engine import short_label
from bot.faq import Answer, FaqIndex, Hit
from bot.messages import Choice, Message, plain
from bot.render import render
from bot.session import Session
from knowledge import Knowledge
from knowledge.registry import FicheProfession
from knowledge.schema import FaqEntree, SujetHorsPerimetre

GREETINGS = {
    "greeting": "Bonjour ! Posez-moi une question sur vos indicateurs, ou tapez /start pour "
    "estimer votre forfait.",
    "thanks": "Avec plaisir ! Bonne déclaration.",
    "bye": "Au revoir, et bonne déclaration !",
}
INLINE_LIMIT = 3


@dataclass(frozen=True)
class InlineCard:
    """One result of inline mode (`@bot question` in any chat), free of Telegram types."""

    id: str  # at most 64 bytes
    title: str
    description: str
    message: Message  # posted when the card is chosen
    start: str | None = None  # a /start payload for an "Estimer mon forfait" link, if any


def sources(e: FaqEntree) -> list[str]:
    return [s.label() for s in e.sources]


def other_case(
    e: FaqEntree, session: Session, professions: Mapping[str, FicheProfession]
) -> str | None:
    """The entry's case ("chirurgiens-dentistes, exercice 2024") when the session is in another:
    the guides differ by profession and year, so the user must know."""
    profs, years = e.portee.professions, e.portee.exercices
    year = _exercice(session)
    if not (
        (session.profession and profs and session.profession not in profs)
        or (year is not None and years and year not in years)
    ):
        return None
    parts = [", ".join(professions[p].pluriel for p in profs)] if profs else []
    if years:
        parts.append(f"exercice{'s' if len(years) > 1 else ''} {', '.join(map(str, years))}")
    return ", ".join(parts)


def _exercice(session: Session) -> int | None:
    return int(session.exercice) if session.exercice and session.exercice.isdigit() else None


class FaqResponder:
    """Implements the engine's FaqAnswerer on top of a FaqIndex."""

    def __init__(self, index: FaqIndex, professions: Mapping[str, FicheProfession]) -> None:
        """`professions`: the registry, for the labels and deep links of an entry's case."""
        self.index = index
        self.professions = professions

    @classmethod
    def from_knowledge(cls, kb: Knowledge) -> FaqResponder:
        return cls(FaqIndex(kb.faq, kb.glossaire, kb.hors_perimetre), kb.professions)

    def answer(self, text: str, session: Session | None = None) -> Answer:
        prof = session.profession if session else None
        return self.index.answer(text, prof, _exercice(session) if session else None)

    def reply(self, text: str, session: Session, forwarded: bool = False) -> Message | None:
        ans = self.answer(text, session)
        if ans.kind in GREETINGS:
            return plain(GREETINGS[ans.kind])
        if ans.matched and ans.hit is not None:
            e = ans.hit.entry
            return self.entry_reply_for(
                e, ans.suggestions, forwarded, other_case(e, session, self.professions)
            )
        if ans.hors_sujet is not None:  # a neighbouring topic: say so, and where to ask
            return self.decline(ans.suggestions, ans.hors_sujet, forwarded)
        if session.pending is not None and not text.strip().endswith("?") and not forwarded:
            return None  # an answer the engine did not understand, not a question
        return self.decline(ans.suggestions, forwarded=forwarded)

    def entry_reply(self, entry_id: str, session: Session) -> Message | None:
        e = self.index.by_id.get(entry_id)
        if e is None:
            return None
        related = [
            Hit(x, 0, 0, 0, 0)
            for x in self.index.entries
            if x.id != e.id and set(x.indicateurs) & set(e.indicateurs)
        ]
        return self.entry_reply_for(e, related[:3], False, other_case(e, session, self.professions))

    def entry_reply_for(
        self, e: FaqEntree, related: list[Hit], forwarded: bool, other: str | None = None
    ) -> Message:
        rows = [
            [Choice(short_label(h.entry.question), ShowFaqEntry(h.entry.id))] for h in related[:3]
        ]
        start = self._start_payload(e)
        estimate = StartEstimate(start) if start else RunCommand("reprendre")
        rows.append([Choice("Estimer mon forfait", estimate)])
        return render(
            "faq_answer.j2", rows, e=e, sources=sources(e), forwarded=forwarded, other=other
        )

    def entry_message(self, e: FaqEntree) -> Message:
        """An entry's answer alone, for any profession and year (the CLI's `ask`)."""
        return render("faq_answer.j2", e=e, sources=sources(e), forwarded=False)

    def decline(
        self,
        suggestions: list[Hit],
        hors_sujet: SujetHorsPerimetre | None = None,
        forwarded: bool = False,
    ) -> Message:
        entries = [h.entry for h in suggestions[:3]]
        rows = [[Choice(short_label(e.question), ShowFaqEntry(e.id))] for e in entries]
        return render(
            "faq_decline.j2",
            rows,
            suggestions=entries,
            hors_sujet=hors_sujet,
            forwarded=forwarded,
        )

    def _start_payload(self, e: FaqEntree) -> str | None:
        """A deep-link payload ("dentiste_2024") when the entry is about one case."""
        if len(e.portee.professions) != 1:
            return None
        slug = self.professions[e.portee.professions[0]].lien
        if len(e.portee.exercices) == 1:
            return f"{slug}_{e.portee.exercices[0]}"
        return slug

    def inline(self, query: str) -> list[InlineCard]:
        """Inline mode: up to three sourced answers, or one card pointing to the bot and the
        CPAM. No session: the scope is every profession and every year."""
        query = query.strip()
        ans = self.answer(query) if query else None
        if ans is None or not ans.matched or ans.hit is None:
            return [inline_fallback(query, ans.hors_sujet if ans else None)]
        entries = [ans.hit.entry, *(h.entry for h in ans.suggestions)][:INLINE_LIMIT]
        return [
            InlineCard(
                id=e.id,
                title=short_label(e.question, 120),
                description=first_sentence(e.reponse),
                message=self.entry_message(e),
                start=self._start_payload(e),
            )
            for e in entries
        ]


def plain_answer(ans: Answer) -> dict[str, object]:
    """The JSON object of `forfait-bot ask`."""
    hit = ans.hit
    return {
        "matched": ans.matched,
        "id": hit.entry.id if hit else None,
        "question": hit.entry.question if hit else None,
        "answer": hit.entry.reponse if hit else None,
        "sources": sources(hit.entry) if hit else [],
        "score": round(hit.score, 4) if hit else None,
        "suggestions": [{"id": h.entry.id, "question": h.entry.question} for h in ans.suggestions],
        "kind": ans.kind,
        "hors_sujet": ans.hors_sujet.libelle if ans.hors_sujet else None,
    }


def inline_fallback(query: str, hors_sujet: SujetHorsPerimetre | None = None) -> InlineCard:
    """The one card of an empty or unmatched inline query: ask the bot, or the CPAM."""
    title = "Pas de réponse sûre à cette question" if query else "Posez votre question"
    return InlineCard(
        id="aide",
        title=title,
        description="Ouvrez le bot pour estimer vos forfaits, ou demandez à votre CPAM.",
        message=render("faq_inline_fallback.j2", query=bool(query), hors_sujet=hors_sujet),
    )


def first_sentence(text: str, limit: int = 150) -> str:
    """The first sentence of an answer, for an inline card's description."""
    first = re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý«])", text.strip(), maxsplit=1)[0]
    return short_label(first, limit)
