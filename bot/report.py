"""The result a practitioner reads: statuses, amounts, what blocks, and a dated action plan.

Combines the calculator's estimate with what the questionnaire learnt (the outcome of each
question tree: reason, action, justificatif) and today's date, for the templates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from calculators import Estimate
from knowledge.schema import Dispositif, Resultat

ICONS = {"atteint": "✅", "non_atteint": "❌", "neutralise": "➖", "inconnu": "❔"}
LABELS = {
    "atteint": "atteint",
    "non_atteint": "non atteint",
    "neutralise": "neutralisé",
    "inconnu": "à vérifier",
}


@dataclass(frozen=True)
class Action:
    libelle: str
    eur: float
    texte: str
    justificatif: str | None
    echeance: str
    bloquant: bool
    apres_prerequis: bool
    avec: list[str] = field(default_factory=list)


def _deadline(d: Dispositif, today: dt.date) -> str:
    """Indicators are assessed on 31/12 of the exercice; the declaration closes later."""
    if d.exercice is None:
        return "dates non publiées (projet de convention)"
    year_end = dt.date(d.exercice, 12, 31)
    if today <= year_end:
        return f"avant le {year_end:%d/%m/%Y}"
    if d.declaration.fin and today <= d.declaration.fin:
        return f"trop tard pour l'équipement de {d.exercice} ; déclarez avant le " + (
            f"{d.declaration.fin:%d/%m/%Y}"
        )
    return f"trop tard pour {d.exercice} : à prévoir pour l'exercice suivant"


def action_plan(
    d: Dispositif, est: Estimate, outcomes: dict[str, Resultat], today: dt.date
) -> list[Action]:
    """One action per missing indicator, largest guaranteed gain first."""
    by_id = {i.id: i for i in d.indicateurs}
    names = {i.id: i.libelle for i in d.indicateurs}
    plan = []
    for g in est.gains:
        ind = by_id[g.id]
        outcome = outcomes.get(g.id)
        if outcome and outcome.action:
            text = outcome.action
        elif ind.cible.texte:
            text = f"Objectif : {ind.cible.texte}."
        else:
            text = "Vérifiez cet indicateur sur amelipro."
        just = None
        if ind.justificatif and (outcome is None or outcome.justificatif):
            just = ind.justificatif.texte
        plan.append(
            Action(
                libelle=g.libelle,
                eur=g.eur,
                texte=text,
                justificatif=just,
                echeance=_deadline(d, today),
                bloquant=g.bloquant,
                apres_prerequis=g.apres_prerequis,
                avec=[names[a] for a in g.avec],
            )
        )
    return plan


def result_context(
    d: Dispositif,
    est: Estimate,
    outcomes: dict[str, Resultat],
    today: dt.date,
) -> dict[str, object]:
    """Everything `result.html.j2` needs."""
    return {
        "d": d,
        "est": est,
        "plan": action_plan(d, est, outcomes, today),
        "reasons": {k: o.raison for k, o in outcomes.items() if o.raison},
        "icons": ICONS,
        "labels": LABELS,
        "today": today,
    }
