"""Rates (and counts) typed ahead ("DMT 95 FSE 98" at the Ségur question): kept as the
answers of the questions they belong to, and said back in one line. Nothing typed is dropped
unsaid: a rate already answered, or one that cannot be a rate, is named too."""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Any

from bot.answer_labels import value_text
from bot.answers import value_error
from bot.render import shorten
from bot.session import Session
from bot.understand import RATE_NAMES, named_figures
from calculators.french import fmt_number
from knowledge.schema import Composante, Dispositif, Indicateur

NNBSP = "\u202f"
Target = tuple[Indicateur, Composante | None]
FIGURES = ("taux", "nombre")  # the targets a figure typed with its name answers


def shown_figure(figure: float, cible_type: str) -> str:
    """ "98 %" for a rate, "3" for a count."""
    return fmt_number(round(figure, 2)) + (f"{NNBSP}%" if cible_type == "taux" else "")


def rate_targets(d: Dispositif, current: str) -> dict[str, Target]:
    """The rates of `d` that can be typed ahead, by their RATE_NAMES id: components, and
    indicators that are one rate asked as a figure; not those of the indicator `current`,
    whose own question reads them."""
    found: dict[str, Target] = {}
    for ind in d.indicateurs:
        if ind.id == current or ind.statut_exercice == "neutralise":
            continue
        for c in ind.composantes:
            if c.cible.type in FIGURES and c.id in RATE_NAMES:
                found.setdefault(c.id, (ind, c))
        asked_as_figure = not ind.questions or ind.questions[0].type == "valeur"
        one_rate = not ind.composantes and ind.cible.type in FIGURES and asked_as_figure
        if one_rate and ind.id in RATE_NAMES:
            found.setdefault(ind.id, (ind, None))
    return found


def _answered(s: Session, ind: Indicateur, comp: Composante | None) -> tuple[Any, str]:
    """The answer already given for this rate (... when there is none), and how to name it:
    the rate's own, or its indicator's when that was answered as a whole."""
    current = s.answers.get(ind.id, ...)
    whole = f"«{NNBSP}{shorten(ind.libelle)}{NNBSP}»"
    if any(q.id in s.path for q in ind.questions):  # its tree is under way or answered
        return ("en cours" if current is ... else current), whole
    if comp is not None and isinstance(current, dict):
        return current.get(comp.id, ...), ""
    return current, whole if comp is not None else ""


def open_rates(s: Session, targets: dict[str, Target]) -> dict[str, Target]:
    """The rates of `targets` that no answer covers yet: where a figure typed alone, with no
    name, may belong."""
    return {
        key: (ind, comp)
        for key, (ind, comp) in targets.items()
        if (comp.cible if comp is not None else ind.cible).type == "taux"
        and _answered(s, ind, comp)[0] is ...
    }


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?(?:\s*%)?")


def unplaced(text: str) -> str:
    """The figures of `text` other than years, in a few words: its named rates (« DMT 95 »),
    then the bare figures; "" when there are none."""
    found = named_figures(_YEAR.sub(" ", text), RATE_NAMES)
    items = [
        f"{RATE_NAMES[k][0]} {fmt_number(round(float(v), 2))}" for k, v in found.values.items()
    ]
    return ", ".join([*items, *_FIGURE.findall(found.rest)])


def keep_ahead(s: Session, targets: dict[str, Target], values: dict[str, Fraction]) -> str:
    """Record each rate typed ahead as its question's answer; the French line that says what
    was kept, what was already answered (left as it is) and what cannot be a rate."""
    kept, again, done, refused = [], [], [], []
    for key, value in values.items():
        ind, comp = targets[key]
        name = RATE_NAMES[key][0]
        cible = comp.cible if comp is not None else ind.cible
        figure = float(value)
        error = value_error(figure, cible)
        if error:
            refused.append(
                f"{name} {fmt_number(round(figure, 2))} ({error[0].lower()}{error[1:-1]})"
            )
            continue
        before, whole = _answered(s, ind, comp)
        if before == figure:
            again.append(f"{name} {shown_figure(figure, cible.type)}")
            continue
        if before is not ...:
            shown = value_text(before, ind.cible if whole else cible)
            entry = f"{whole or name} ({shown})"
            done.extend([entry] if entry not in done else [])
            continue
        if comp is None:
            s.answers[ind.id] = figure
        else:
            current = s.answers.get(ind.id)
            s.answers[ind.id] = {**(current if isinstance(current, dict) else {}), comp.id: figure}
        kept.append(f"{name} {shown_figure(figure, cible.type)}")
    lines = []
    if kept:
        lines.append(f"Noté pour plus tard{NNBSP}: {', '.join(kept)}.")
    if again:
        lines.append(f"Déjà noté{NNBSP}: {', '.join(again)}.")
    if done:
        lines.append(
            f"Déjà répondu, inchangé{NNBSP}: {', '.join(done)}{NNBSP}; /modifier pour le changer."
        )
    if refused:
        lines.append(f"Non noté{NNBSP}: {', '.join(refused)}.")
    return " ".join(lines)
