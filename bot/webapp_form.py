"""What the Mini App page shows for one scheme, built from the knowledge: its groups as the
guides list them, and for each indicator the input it takes, its target, its question, where
to find the answer and its sources. The page only lays this out: no rule is written in
JavaScript, every verdict and euro comes back from the estimate endpoint."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.answers import kind_of, target
from bot.report import gating_name
from calculators.calendar import ExerciceStatus, calendar
from calculators.profile import find_dispositif
from calculators.values import parse_bool
from knowledge import Knowledge
from knowledge.schema import AMBIGU, Cible, Dispositif, Indicateur

# How each numeric target is typed: its unit, and its bounds when the target gives them.
UNITS = {"percent": "%", "count": "", "points": "points"}


def _number_field(cible: Cible) -> dict[str, Any]:
    kind = kind_of(cible)
    upper = 100 if kind == "percent" else cible.max
    return {"saisie": "nombre", "unite": UNITS[kind], "min": 0, "max": upper}


def _numeric(cible: Cible) -> bool:
    """A figure is typed (and compared by the calculator); else the answer is oui/non."""
    return kind_of(cible) in ("percent", "count", "points") and (
        cible.valeur is not None or cible.type == "points_declares"
    )


def _named_outcomes(ind: Indicateur) -> list[dict[str, str]]:
    """The tree's situations the texts read two ways (« compatible sans flux »): oui/non
    cannot say them, so the page offers them by name, as a profile may."""
    found: dict[str, str] = {}
    for q in ind.questions:
        for c in q.choix:
            named = c.resultat is not None and c.resultat.reponse == AMBIGU
            if named and parse_bool(c.valeur) is None:
                found.setdefault(c.valeur, c.libelle)
    return [{"valeur": v, "libelle": label} for v, label in found.items()]


def _indicator(ind: Indicateur) -> dict[str, Any]:
    first = ind.questions[0] if ind.questions else None
    entry: dict[str, Any] = {
        "id": ind.id,
        "libelle": ind.libelle,
        "question": first.texte if first else ind.libelle,
        "aide": (first.aide if first else None) or ind.aide,
        "cible": target(ind.cible),
        "statut_exercice": ind.statut_exercice,
        "pieges": [n.texte for n in ind.pieges],
        "sources": list(dict.fromkeys(s.label() for s in ind.sources)),
    }
    if ind.composantes:
        entry["saisie"] = "composantes"
        entry["composantes"] = [
            {
                "id": c.id,
                "libelle": c.libelle,
                "cible": target(c.cible) if c.cible.valeur is not None else None,
                **_number_field(c.cible),
            }
            for c in ind.composantes
        ]
    elif _numeric(ind.cible):
        entry.update(_number_field(ind.cible))
    else:
        entry["saisie"] = "oui_non"
        entry["options"] = _named_outcomes(ind)
    return entry


def _exercices(kb: Knowledge, profession: str, today: dt.date) -> list[ExerciceStatus]:
    """A profession's exercices in the order the chat offers them (`calendar`)."""
    return calendar([d for (p, _), d in kb.dispositifs.items() if p == profession], today)


def _catalogue(kb: Knowledge, today: dt.date) -> list[dict[str, Any]]:
    covered = {p for p, _ in kb.dispositifs}
    return [
        {
            "id": f.id,
            "libelle": f.libelle,
            "exercices": [
                {"cle": e.cle, "libelle": e.libelle} for e in _exercices(kb, f.id, today)
            ],
        }
        for f in kb.professions.values()
        if f.id in covered
    ]


def form(kb: Knowledge, profession: str, exercice: str, today: dt.date) -> dict[str, Any]:
    """The page's description of a scheme; `ProfileError` (French) for an unknown one. No
    profession: the first covered; no exercice: the one the chat would offer first."""
    if not profession:
        profession = next(p for p in kb.professions if any(k[0] == p for k in kb.dispositifs))
    if not exercice:
        known = kb.profession(profession)
        exercice = _exercices(kb, known, today)[0].cle if known else ""
    d: Dispositif = find_dispositif(kb, profession, exercice)
    by_group: dict[str, list[dict[str, Any]]] = {g.id: [] for g in d.groupes}
    for ind in d.indicateurs:
        by_group[ind.groupe].append(_indicator(ind))
    return {
        "profession": d.profession,
        "exercice": d.cle,
        "libelle": d.libelle,
        "unite": d.unite,
        "statut": d.statut,
        "bloc_requis": gating_name(d),
        "declaration": d.declaration.texte,
        "groupes": [
            {"id": g.id, "libelle": g.libelle, "regle": g.regle, "indicateurs": by_group[g.id]}
            for g in d.groupes
        ],
        "professions": _catalogue(kb, today),
    }
