"""FAQ answers as chat replies: in a conversation, forwarded by an advisor, or inline."""

from __future__ import annotations

import re

from bot.engine import Button, Reply
from bot.faq import Answer, FaqIndex, Hit
from bot.render import render
from bot.session import Session
from knowledge import Knowledge
from knowledge.schema import FaqEntree

GREETINGS = {
    "greeting": "Bonjour ! Posez-moi une question sur vos indicateurs, ou tapez /start pour "
    "estimer votre forfait.",
    "thanks": "Avec plaisir ! Bonne déclaration.",
    "bye": "Au revoir, et bonne déclaration !",
}
PROFILE_SLUG = {"medecin": "medecin", "chirurgien-dentiste": "dentiste"}


def sources(e: FaqEntree) -> list[str]:
    return [s.label() for s in e.sources]


def _exercice(session: Session) -> int | None:
    return int(session.exercice) if session.exercice and session.exercice.isdigit() else None


class FaqResponder:
    """Implements the engine's FaqAnswerer on top of a FaqIndex."""

    def __init__(self, index: FaqIndex) -> None:
        self.index = index

    @classmethod
    def from_knowledge(cls, kb: Knowledge) -> FaqResponder:
        return cls(FaqIndex(kb.faq, kb.glossaire, kb.hors_perimetre))

    def answer(self, text: str, session: Session | None = None) -> Answer:
        prof = session.profession if session else None
        return self.index.answer(text, prof, _exercice(session) if session else None)

    def reply(self, text: str, session: Session, forwarded: bool = False) -> Reply | None:
        ans = self.answer(text, session)
        if ans.kind in GREETINGS:
            return Reply(GREETINGS[ans.kind])
        if ans.matched and ans.hit is not None:
            return self.entry_reply_for(ans.hit.entry, ans.suggestions, forwarded)
        if session.pending is not None and not text.strip().endswith("?") and not forwarded:
            return None  # an answer the engine did not understand, not a question
        return self.decline(ans.suggestions)

    def entry_reply(self, entry_id: str, session: Session) -> Reply | None:
        e = self.index.by_id.get(entry_id)
        if e is None:
            return None
        related = [
            Hit(x, 0, 0, 0, 0)
            for x in self.index.entries
            if x.id != e.id and set(x.indicateurs) & set(e.indicateurs)
        ]
        return self.entry_reply_for(e, related[:3], False)

    def entry_reply_for(self, e: FaqEntree, related: list[Hit], forwarded: bool) -> Reply:
        text = render("faq_answer.html.j2", e=e, sources=sources(e), forwarded=forwarded)
        rows = [[Button(_short(h.entry.question), f"f:{h.entry.id}")] for h in related[:3]]
        start = _start_payload(e)
        rows.append([Button("Estimer mon forfait", f"p:{start}" if start else "c:reprendre")])
        return Reply(text, rows)

    def decline(self, suggestions: list[Hit]) -> Reply:
        entries = [h.entry for h in suggestions[:3]]
        text = render("faq_decline.html.j2", suggestions=entries)
        rows = [[Button(_short(e.question), f"f:{e.id}")] for e in entries]
        return Reply(text, rows)


def _short(question: str, limit: int = 60) -> str:
    return question if len(question) <= limit else question[: limit - 1].rstrip() + "…"


def _start_payload(e: FaqEntree) -> str | None:
    """A deep-link payload ("dentiste_2024") when the entry is about one case."""
    if len(e.portee.professions) != 1:
        return None
    slug = PROFILE_SLUG[e.portee.professions[0]]
    if len(e.portee.exercices) == 1:
        return f"{slug}_{e.portee.exercices[0]}"
    return slug


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
    }


def strip_mention(text: str, username: str) -> str:
    return re.sub(rf"@{re.escape(username)}\b", "", text, flags=re.IGNORECASE).strip()
