"""An answer in a few words, as the user would have said it: "Oui", "82 %", "DMT 95 %, FSE 98 %",
"Je ne sais pas". For the confirmation shown over an answered question ("✔ Oui") and for the
list of current answers under /modifier."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.answers import NSP
from bot.understand import RATE_NAMES, Kind
from calculators.french import fmt_number, fmt_pct, fmt_points
from knowledge.schema import Cible, Indicateur

DONT_KNOW = "Je ne sais pas"
STARTED = "détail en cours"  # a detail started, no rate given yet


def rate_name(component: str) -> str:
    """ "dmt" -> "DMT", "cm_atmp" -> "CM AT-MP"."""
    names = RATE_NAMES.get(component)
    return names[0] if names else component.replace("_", " ").upper()


def figure(value: float, kind: Kind | str) -> str:
    """A typed figure in its unit: "82 %", "120 points", "3"."""
    if kind in ("percent", "rates", "taux", "moyenne"):
        return fmt_pct(value)
    if kind in ("points", "points_declares"):
        return fmt_points(value)
    return fmt_number(value)


def given(value: Any, buttons: Sequence[tuple[str, str]], kind: Kind) -> str:
    """What was answered at a question: a button's label, a figure, named rates."""
    if value == NSP or value is None:
        return DONT_KNOW
    label = next((lab for lab, v in buttons if v == value), None)
    if label is not None:
        return label
    if value in ("oui", "non"):
        return "Oui" if value == "oui" else "Non"
    if isinstance(value, dict):
        return rates(value) or STARTED
    if isinstance(value, int | float):
        return figure(float(value), kind)
    return str(value)


def rates(values: dict[str, Any]) -> str:
    """ "DMT 95 %, FSE je ne sais pas"."""
    return ", ".join(
        f"{rate_name(k)} {fmt_pct(v) if isinstance(v, int | float) else DONT_KNOW.lower()}"
        for k, v in values.items()
    )


def recorded(ind: Indicateur, answer: Any, path: dict[str, str]) -> str:
    """The current answer of an indicator: the last choice taken in its tree, else its value."""
    chosen = [
        next((c.libelle for c in q.choix if c.valeur == path[q.id]), DONT_KNOW)
        for q in ind.questions
        if q.id in path
    ]
    if chosen:
        return chosen[-1]
    return value_text(answer, ind.cible)


def value_text(answer: Any, cible: Cible) -> str:
    if answer is None:
        return DONT_KNOW
    if isinstance(answer, bool):
        return "Oui" if answer else "Non"
    if isinstance(answer, dict):
        return rates(answer) or STARTED
    if isinstance(answer, int | float):
        return figure(float(answer), cible.type)
    return str(answer)
