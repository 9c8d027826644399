"""The result a practitioner reads: statuses, amounts, what blocks, and a dated action plan.

Combines the calculator's estimate with what the questionnaire learnt (the outcome of each
question tree: reason, action, justificatif) and today's date, for the templates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from calculators import Estimate
from knowledge.schema import Dispositif, Resultat

ICONS = {
    "atteint": "✅",
    "non_atteint": "❌",
    "neutralise": "➖",
    "inconnu": "❔",
    "ambigu": "⚖️",
}
LABELS = {
    "atteint": "atteint",
    "non_atteint": "non atteint",
    "neutralise": "neutralisé",
    "inconnu": "à vérifier",
    "ambigu": "deux lectures des textes",
}


@dataclass(frozen=True)
class Action:
    libelle: str
    eur: float
    textes: list[str]
    justificatifs: list[str]
    apres_prerequis: bool


def deadline(d: Dispositif, today: dt.date) -> str:
    """Indicators are assessed on 31/12 of the exercice; the declaration closes later."""
    if d.exercice is None:
        return "dates non publiées (projet de convention)"
    year_end = dt.date(d.exercice, 12, 31)
    if today <= year_end:
        return f"avant le {year_end:%d/%m/%Y} (indicateurs appréciés au 31/12)"
    if d.declaration.fin and today <= d.declaration.fin:
        return f"déclarez avant le {d.declaration.fin:%d/%m/%Y}"
    return f"trop tard pour {d.exercice} : à prévoir pour l'exercice suivant"


def action_plan(d: Dispositif, est: Estimate, outcomes: dict[str, Resultat]) -> list[Action]:
    """One action per missing indicator (the missing socle as one), largest gain first."""
    by_id = {i.id: i for i in d.indicateurs}
    plan: list[Action] = []
    seen: set[str] = set()
    for g in est.gains:
        if g.id in seen:
            continue
        ids = [g.id, *g.avec]
        seen.update(ids)
        texts, proofs = [], []
        for i in ids:
            ind, outcome = by_id[i], outcomes.get(i)
            if outcome and outcome.action:
                texts.append(outcome.action)
            elif ind.cible.texte:
                prefix = f"{ind.libelle} : " if g.avec else "Objectif : "
                texts.append(f"{prefix}{ind.cible.texte}.")
            if ind.justificatif and (outcome is None or outcome.justificatif):
                proofs.append(ind.justificatif.texte)
        label = g.libelle if not g.avec else "Socle : " + ", ".join(by_id[i].libelle for i in ids)
        plan.append(Action(label, g.eur, texts, proofs, g.apres_prerequis))
    return plan


# The calculator's reasons when nothing was answered, and how the result words them.
GENERIC = {"Pas encore renseigné.": "Pas encore renseigné", "Réponse inconnue.": "À vérifier"}


def _where_to_check(d: Dispositif, est: Estimate) -> dict[str, str]:
    """For an unknown answer: where the practitioner can find it."""
    by_id = {i.id: i for i in d.indicateurs}
    out = {}
    for r in est.indicateurs:
        if r.statut != "inconnu":
            continue
        ind = by_id[r.id]
        aide = ind.aide or next((q.aide for q in ind.questions if q.aide), None)
        # An answer given but that cannot be judged keeps its reason, then where to check.
        prefix = GENERIC.get(r.raison, r.raison.rstrip("."))
        if aide:
            out[r.id] = f"{prefix}. Où vérifier : {aide.rstrip('.')}."
    return out


def result_context(
    d: Dispositif,
    est: Estimate,
    outcomes: dict[str, Resultat],
    today: dt.date,
) -> dict[str, object]:
    """Everything `result.j2` needs."""
    return {
        "d": d,
        "est": est,
        "plan": action_plan(d, est, outcomes),
        "deadline": deadline(d, today),
        "reasons": {
            **_where_to_check(d, est),
            **{k: o.raison for k, o in outcomes.items() if o.raison},
        },
        "icons": ICONS,
        "labels": LABELS,
        "today": today,
    }
