"""A profession or an exercice typed with more: « médecin 2025 FSE 98 » at « Vous êtes ? »
takes the profession, the exercice and the rates, kept for their questions once the scheme is
known; what cannot be kept (no exercice yet, a rate the scheme does not ask) is said in one
line."""

from __future__ import annotations

import re
from typing import Any

from bot.answering import _noted
from bot.questionnaire import _Ask
from bot.session import Session
from bot.step import Step
from bot.typed_ahead import keep_ahead, rate_targets, unplaced
from bot.understand import NNBSP, RATE_NAMES, interpret, named_figures

_UNDERSTOOD = f"J'ai compris{NNBSP}: "
_TWO_DIGITS = re.compile(r"\s*\d\d\s*")


class ProfileTyping:
    """Engine steps (a mixin of `bot.engine.Engine`, which holds the knowledge and the clock)."""

    def _typed_profile(self, s: Session, ask: _Ask, value: Any, note: str, text: str) -> Step:
        """Record the profession or the exercice read in `text`, then what else it says: the
        exercice after the profession, the rates once the scheme is known."""
        if ask.id == "exercice":
            if self.kb.dispositif(s.profession or "", value) is None:
                return self._take(s, ask, value, note)
            return self._take(s, ask, value, self._profile_rates(s, value, note, text))
        step = self._take(s, ask, value, note)
        if s.profession != value or s.pending != "exercice":
            return step
        year_ask = self._describe(s, "exercice")
        year = interpret(text, self._expected(s, year_ask))
        if year.status != "value" or self.kb.dispositif(value, str(year.value)) is None:
            lines = [year.hint] if "pas proposé" in year.hint else []
            figures = unplaced(text)
            if figures:
                lines.append(f"Non noté{NNBSP}: {figures}, à redonner une fois l'exercice choisi.")
            if not lines:
                return step
            said = " ".join([note, *lines]).strip()
            return Step(s, [step.replies[0], *_noted(said, self._ask(s, "exercice"))])
        both = f"{note.removesuffix('.')}, {year.reading.removeprefix(_UNDERSTOOD)}" if note else ""
        exercice = str(year.value)
        noted = self._profile_rates(s, exercice, both, text)
        step_year = self._take(s, year_ask, exercice, noted)
        return Step(s, [step.replies[0], *step_year.replies])

    def _profile_rates(self, s: Session, exercice: str, note: str, text: str) -> str:
        """`note` followed by the line that says which rates typed with the exercice were kept
        for their questions, and which figures could not be."""
        if _TWO_DIGITS.fullmatch(text):  # « 25 »: the year itself
            return note
        d = self.kb.dispositif(s.profession or "", exercice)
        targets = rate_targets(d, "")
        found = named_figures(text, {key: RATE_NAMES[key] for key in targets})
        s.exercice = exercice  # the answers kept belong to this scheme
        kept = keep_ahead(s, targets, found.values) if found.values else ""
        rest = unplaced(found.rest)
        if rest:
            kept += f" Non noté{NNBSP}: {rest}, je ne sais pas à quelle question le rattacher."
        return " ".join(x for x in (note, kept.strip()) if x)
