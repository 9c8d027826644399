"""Answers given for one exercice, read for another: what a result needs to compare a closed
exercice with the one that follows ("Et en 2026 ?") and to plan that one.

Within a family the same indicator id is the same question (FAMI 2025 → FAMI 2026). Between
families, only what the data declares carries over (`correspondances:` of the later scheme,
each with its sources): a forfait structure answer never answers a dotation numérique
indicator unless a correspondence says so. Pure.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from calculators.values import Measured
from knowledge.schema import Cible, Dispositif

NUMERIC = ("taux", "nombre", "moyenne", "points_declares")


@dataclass(frozen=True)
class Carried:
    answers: dict[str, Any]  # the later scheme's answers, as `estimate` reads them
    reprises: list[str]  # its indicators answered (at least in part), in its order
    a_redonner: list[str]  # its indicators nothing answers


def carry_over(src: Dispositif, dst: Dispositif, answers: dict[str, Any]) -> Carried:
    """The answers of `dst` that `answers` (given for `src`) already give."""
    out: dict[str, Any] = {}
    if src.famille is not None and src.famille == dst.famille:
        for ind in dst.indicateurs:
            value = answers.get(ind.id)
            if isinstance(value, dict):
                value = {k: v for k, v in value.items() if _known(v)} or None
            if value is not None and _known(value):
                out[ind.id] = value
    else:
        by_id = {ind.id: ind for ind in dst.indicateurs}
        for c in dst.correspondances:
            if c.famille != src.famille:
                continue
            ind = by_id[c.indicateur]
            comp = next((x for x in ind.composantes if x.id == c.composante), None)
            value = _fits(comp.cible if comp else ind.cible, [_read(answers, r) for r in c.reprend])
            if value is None:
                continue
            if comp is None:
                out[ind.id] = value
            else:
                current = out.get(ind.id)
                out[ind.id] = {**(current if isinstance(current, dict) else {}), comp.id: value}
    ids = [ind.id for ind in dst.indicateurs if ind.statut_exercice != "neutralise"]
    return Carried(out, [i for i in ids if i in out], [i for i in ids if i not in out])


def _known(value: Any) -> bool:
    return isinstance(value, bool | int | float | Measured | dict)


def _read(answers: dict[str, Any], ref: str) -> Any:
    """An answer by "indicateur" or "indicateur:composante"; None when not given."""
    ind_id, _, comp_id = ref.partition(":")
    value = answers.get(ind_id)
    if comp_id:
        return value.get(comp_id) if isinstance(value, dict) else None
    return value


def _fits(cible: Cible, values: list[Any]) -> Any:
    """One answer as it is, or several yes/no answers that must all be met; None when the
    answers do not say (unknown, or of another kind than the target asks)."""
    if len(values) == 1:
        value = values[0]
        if cible.type in NUMERIC:
            number = isinstance(value, int | float | Measured) and not isinstance(value, bool)
            return value if number else None
        return value if isinstance(value, bool) else None
    if cible.type in NUMERIC:
        return None
    if any(v is False for v in values):
        return False
    return True if all(v is True for v in values) else None
