"""Wording generated from parameters: the jinja2 filters of knowledge strings, and the labels
of a threshold question, so that a threshold is typed once (in `parametres:`) and shown
everywhere from there ("{{ seuil_optionnel | pct }}" → "30 %")."""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from jinja2 import Environment, StrictUndefined, Template

NNBSP = "\u202f"


def _number(x: float) -> str:
    from calculators.french import fmt_number  # lazy: calculators imports knowledge

    return fmt_number(round(float(x), 2))


def pct(x: float) -> str:
    """30 -> "30 %", 66.666667 -> "66,67 %"."""
    return f"{_number(x)}{NNBSP}%"


def eur(x: float) -> str:
    """1960 -> "1 960 €"."""
    from calculators.french import fmt_eur

    return fmt_eur(float(x))


def date(d: dt.date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else "non publiée"


def shown(cible: dict[str, Any]) -> str:
    """A target's value as users read it: "30 %" for a rate, "3" for a count."""
    value = cible["valeur"]
    return pct(value) if cible["type"] in ("taux", "moyenne") else _number(value)


def above(cible: dict[str, Any]) -> bool:
    return cible["operateur"] == ">"


def question(cible: dict[str, Any]) -> str:
    """The verb of a threshold question: "dépasse-t-il 30 %" (>) or "atteint-il 30 %" (≥)."""
    return f"{'dépasse-t-il' if above(cible) else 'atteint-il'} {shown(cible)}"


def seuil(cible: dict[str, Any]) -> str:
    """The target in a sentence: "plus de 30 %" (>) or "au moins 30 %" (≥)."""
    return f"{'plus de' if above(cible) else 'au moins'} {shown(cible)}"


def choice_labels(cible: dict[str, Any]) -> dict[str, str]:
    """The two buttons of a threshold question, "oui" meaning the target is met."""
    v = shown(cible)
    if above(cible):
        return {"oui": f"Plus de {v}", "non": f"{v} ou moins"}
    return {"oui": f"{v} ou plus", "non": f"Moins de {v}"}


@cache
def _env() -> Environment:
    env = Environment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True)
    env.filters.update(pct=pct, eur=eur, nombre=_number, date=date, question=question, seuil=seuil)
    return env


@cache
def template(text: str) -> Template:
    return _env().from_string(text)


def render(text: str, context: dict[str, Any]) -> str:
    """`text` with its {{ … }} filled; text without any is returned as is (the common case)."""
    if "{{" not in text and "{%" not in text:
        return text
    return template(text).render(context)
