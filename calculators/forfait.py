"""Eligibility and payout of one scheme (forfait structure, dotation numérique, FAMI).

A pure function of (dispositif, answers). Answers map indicator ids to a clean value:
bool, a number, a mapping of component ids to values, or UNKNOWN_VALUE ("je ne sais pas");
a missing id is unanswered. Unknown and unanswered both give a range: the guaranteed amount
counts them as not met, the maximum still reachable counts them as met.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from statistics import fmean
from typing import Any

from calculators.french import fmt_number
from calculators.values import Measured, Unknown
from knowledge.schema import Cible, Composante, Dispositif, Groupe, Indicateur, Source, Statut

MET = ("atteint", "neutralise")


@dataclass(frozen=True)
class IndicatorResult:
    id: str
    libelle: str
    groupe: str
    statut: Statut
    raison: str
    points: float | None  # what it pays now (None: paid at group level, or a scheme in euros)
    eur: float | None
    points_max: float | None  # what it could still pay
    eur_max: float | None
    sources: list[str]
    partiel: bool = False


@dataclass(frozen=True)
class GroupResult:
    id: str
    libelle: str
    regle: str
    atteint: bool | None  # tous_requis: all met / one failed / not yet known
    verse: bool | None  # prerequisites met / failed / not yet known
    points: float | None
    eur: float
    points_max: float | None
    eur_max: float


@dataclass(frozen=True)
class Gain:
    """What meeting a missing indicator (or the whole missing socle) would add."""

    id: str
    libelle: str
    statut: Statut
    eur: float
    points: float | None
    bloquant: bool  # a required indicator of a group that gates others
    avec: tuple[str, ...] = ()  # the other indicators that must be fixed with it
    apres_prerequis: bool = False  # only paid once the missing prerequisites are met


@dataclass(frozen=True)
class Estimate:
    dispositif: str
    profession: str
    exercice: int | None
    unite: str
    total_points: float | None
    total_eur: float
    total_points_max: float | None
    total_eur_max: float
    socle_atteint: bool | None
    indicateurs: list[IndicatorResult]
    groupes: list[GroupResult]
    gains: list[Gain]
    secondaire: bool  # rests on a secondary source: "à confirmer auprès de votre CPAM"
    avertissements: list[str] = field(default_factory=list)

    @property
    def complet(self) -> bool:
        return self.total_eur == self.total_eur_max


@dataclass(frozen=True)
class _Eval:
    statut: Statut
    raison: str
    low: float  # value earned for sure, in the scheme's unit
    high: float  # value that may still be earned
    partiel: bool = False


def _unit(d: Dispositif, x: Any) -> float | None:
    return x.points if d.unite == "points" else x.eur


EPSILON = 1e-6  # targets like 2/3 are stored rounded (66.666667): 200 FSE out of 300 meet "≥ 2/3"


def meets(cible: Cible, value: float) -> bool:
    """A published numeric target compared with a value."""
    assert cible.valeur is not None
    if cible.operateur == ">":
        return value > cible.valeur
    return value >= cible.valeur - EPSILON


def _target_text(cible: Cible) -> str:
    if cible.texte:
        return cible.texte
    if cible.valeur is None:
        return "cible non publiée"
    unit = "\u202f%" if cible.type == "taux" else ""
    op = "≥" if cible.operateur == ">=" else ">"
    return f"{op} {fmt_number(cible.valeur)}{unit}"


def _shown(cible: Cible, value: float) -> str:
    return fmt_number(value) + ("\u202f%" if cible.type in ("taux", "moyenne") else "")


def _judge(cible: Cible, value: Any, worth: float) -> _Eval:
    """One value against one target."""
    if isinstance(value, Measured):
        e = _judge(cible, value.value, worth)
        return _Eval(e.statut, f"{value.note} {e.raison}", e.low, e.high, e.partiel)
    if isinstance(value, Unknown) or value is None:
        return _Eval("inconnu", "Réponse inconnue.", 0, worth)
    if isinstance(value, bool):
        if value:
            return _Eval("atteint", "Déclaré atteint.", worth, worth)
        return _Eval("non_atteint", "Déclaré non atteint.", 0, 0)
    if cible.type == "points_declares":
        pts = min(float(value), cible.max or 0)
        statut: Statut = "atteint" if pts > 0 else "non_atteint"
        return _Eval(statut, f"{fmt_number(pts)} points relevés sur amelipro.", pts, pts)
    if cible.valeur is None:
        return _Eval(
            "inconnu",
            f"{_shown(cible, value)} déclaré, mais la cible n'est pas publiée.",
            0,
            worth,
        )
    ok = meets(cible, float(value))
    sign = "objectif atteint" if ok else "sous l'objectif"
    reason = f"{_shown(cible, value)} : {sign} — {_target_text(cible)}."
    return _Eval("atteint", reason, worth, worth) if ok else _Eval("non_atteint", reason, 0, 0)


def _components(ind: Indicateur, value: dict, worth: float) -> _Eval:
    comps = {c.id: c for c in ind.composantes}
    if ind.cible.type == "moyenne":
        rates = [value.get(c) for c in comps]
        if any(r is None or isinstance(r, Unknown | bool) for r in rates):
            return _Eval("inconnu", "Il manque un des taux de la moyenne.", 0, worth)
        mean = fmean(float(r) for r in rates)
        return _judge(ind.cible, mean, worth)
    evals = {cid: _judge(c.cible, value.get(cid), _comp_worth(c, ind)) for cid, c in comps.items()}
    met = [cid for cid, e in evals.items() if e.statut == "atteint"]
    failed = [cid for cid, e in evals.items() if e.statut == "non_atteint"]
    unknown = [cid for cid, e in evals.items() if e.statut == "inconnu"]
    detail = ", ".join(
        f"{comps[c].libelle} {'✓' if c in met else ('✗' if c in failed else '?')}" for c in comps
    )
    if ind.agregation == "tous":
        if failed:
            return _Eval("non_atteint", f"Tous sont exigés : {detail}.", 0, 0)
        if unknown:
            return _Eval("inconnu", f"Tous sont exigés : {detail}.", 0, worth)
        return _Eval("atteint", f"Tous atteints : {detail}.", worth, worth)
    # somme: each component pays its own share, when the split is published
    split_known = all(comps[c].points is not None or comps[c].eur is not None for c in comps)
    if len(met) == len(comps):
        return _Eval("atteint", f"Tous atteints : {detail}.", worth, worth)
    if not met and not unknown:
        return _Eval("non_atteint", f"Aucun objectif atteint : {detail}.", 0, 0)
    if not split_known:
        return _Eval(
            "inconnu",
            f"{detail}. La répartition des points entre ces objectifs n'est pas publiée.",
            0,
            worth,
        )
    low = sum(evals[c].low for c in met)
    high = low + sum(evals[c].high for c in unknown)
    statut: Statut = "inconnu" if unknown else "atteint"
    partial = f"Partiellement atteint ({len(met)} sur {len(comps)}) : {detail}."
    return _Eval(statut, partial, low, high, partiel=not unknown)


def _comp_worth(c: Composante, ind: Indicateur) -> float:
    return (c.points if c.points is not None else c.eur) or 0.0


def evaluate_indicator(d: Dispositif, ind: Indicateur, value: Any, answered: bool) -> _Eval:
    worth = _unit(d, ind) or 0.0
    if ind.statut_exercice == "neutralise":
        year = d.exercice or ""
        return _Eval("neutralise", f"Neutralisé pour {year} : compté comme atteint.", 0, 0)
    if not answered:
        return _Eval("inconnu", "Pas encore renseigné.", 0, worth)
    if isinstance(value, dict) and ind.composantes:
        return _components(ind, value, worth)
    return _judge(ind.cible, value, worth)


def _group_met(g: Groupe, evals: dict[str, tuple[Indicateur, _Eval]]) -> bool | None:
    required = [
        e for ind, e in evals.values() if ind.groupe == g.id and ind.statut_exercice != "optionnel"
    ]
    if any(e.statut == "non_atteint" for e in required):
        return False
    if all(e.statut in MET for e in required):
        return True
    return None


def _sources(ind: Indicateur) -> list[Source]:
    return [*ind.sources, *ind.cible.sources, *(s for c in ind.composantes for s in c.sources)]


def estimate(d: Dispositif, answers: dict[str, Any]) -> Estimate:
    """Compute statuses, amounts, gating and the gains still available."""
    core = _core(d, answers)
    return Estimate(**core, gains=_gains(d, answers, core["total_eur"]))


def _core(d: Dispositif, answers: dict[str, Any]) -> dict[str, Any]:
    evals = {
        ind.id: (ind, evaluate_indicator(d, ind, answers.get(ind.id), ind.id in answers))
        for ind in d.indicateurs
    }
    met: dict[str, bool | None] = {
        g.id: _group_met(g, evals) for g in d.groupes if g.regle == "tous_requis"
    }
    rate = d.valeur_point if d.unite == "points" else 1.0
    groups: list[GroupResult] = []
    paid: dict[str, bool | None] = {}
    low_total = high_total = 0.0
    for g in d.groupes:
        pre = [met.get(p) for p in g.prerequis]
        paid[g.id] = False if False in pre else (None if None in pre else True)
        if g.regle == "tous_requis":
            worth = _unit(d, g) or 0.0
            state = met[g.id]
            low = worth if state and paid[g.id] else 0.0
            high = worth if state is not False and paid[g.id] is not False else 0.0
        else:
            members = [e for ind, e in evals.values() if ind.groupe == g.id]
            low = sum(e.low for e in members) if paid[g.id] else 0.0
            high = sum(e.high for e in members) if paid[g.id] is not False else 0.0
            state = None
        low_total += low
        high_total += high
        groups.append(
            GroupResult(
                id=g.id,
                libelle=g.libelle,
                regle=g.regle,
                atteint=state,
                verse=paid[g.id],
                points=low if d.unite == "points" else None,
                eur=low * rate,
                points_max=high if d.unite == "points" else None,
                eur_max=high * rate,
            )
        )
    results = []
    secondary = any(s.confiance == "secondaire" for s in d.sources)
    for ind, e in evals.values():
        secondary |= any(s.confiance == "secondaire" for s in _sources(ind))
        group = next(g for g in d.groupes if g.id == ind.groupe)
        individual = group.regle == "independant"
        low = e.low if individual and paid[group.id] else 0.0
        high = e.high if individual and paid[group.id] is not False else 0.0
        reason = e.raison
        if individual and paid[group.id] is False and e.statut == "atteint":
            gate = ", ".join(
                next(x.libelle for x in d.groupes if x.id == p) for p in group.prerequis
            )
            reason += f" Non versé : prérequis non atteints ({gate})."
        results.append(
            IndicatorResult(
                id=ind.id,
                libelle=ind.libelle,
                groupe=ind.groupe,
                statut=e.statut,
                raison=reason,
                points=(low if individual else None) if d.unite == "points" else None,
                eur=low * rate if individual else None,
                points_max=(high if individual else None) if d.unite == "points" else None,
                eur_max=high * rate if individual else None,
                sources=list(dict.fromkeys(s.label() for s in _sources(ind))),
                partiel=e.partiel,
            )
        )
    gating = [g for g in d.groupes if g.regle == "tous_requis"]
    return {
        "dispositif": d.id,
        "profession": d.profession,
        "exercice": d.exercice,
        "unite": d.unite,
        "total_points": low_total if d.unite == "points" else None,
        "total_eur": round(low_total * rate, 2),
        "total_points_max": high_total if d.unite == "points" else None,
        "total_eur_max": round(high_total * rate, 2),
        "socle_atteint": met[gating[0].id] if gating else None,
        "indicateurs": results,
        "groupes": groups,
        "secondaire": secondary,
        "avertissements": [a.texte for a in d.avertissements],
    }


def _gains(d: Dispositif, answers: dict[str, Any], current: float) -> list[Gain]:
    """For each indicator not met, the guaranteed euros it would add, largest first.

    A required indicator of a gating group is worth what fixing every missing required
    indicator of that group together would add (fixing one alone may add nothing).
    """
    base = _core(d, answers)
    by_id = {r.id: r for r in base["indicateurs"]}
    paid = {g.id: g.verse for g in base["groupes"]}
    gains: list[Gain] = []
    prerequisites_fixed = dict(answers)
    for g in d.groupes:
        if g.regle != "tous_requis":
            continue
        missing = [
            ind
            for ind in d.indicateurs
            if ind.groupe == g.id
            and ind.statut_exercice != "optionnel"
            and by_id[ind.id].statut not in MET
        ]
        if not missing:
            continue
        fixed = {**answers, **{ind.id: True for ind in missing}}
        prerequisites_fixed.update({ind.id: True for ind in missing})
        total = _core(d, fixed)
        gain = round(total["total_eur"] - current, 2)
        for ind in missing:
            gains.append(
                Gain(
                    id=ind.id,
                    libelle=ind.libelle,
                    statut=by_id[ind.id].statut,
                    eur=gain,
                    points=_points_delta(total, base),
                    bloquant=bool(g.prerequis) or _gates(d, g),
                    avec=tuple(m.id for m in missing if m.id != ind.id),
                )
            )
    after = _core(d, prerequisites_fixed)
    for ind in d.indicateurs:
        group = next(g for g in d.groupes if g.id == ind.groupe)
        r = by_id[ind.id]
        if group.regle != "independant" or r.statut == "neutralise":
            continue
        if r.statut == "atteint" and not r.partiel:
            continue
        gated = paid[group.id] is not True
        start, reference = (prerequisites_fixed, after) if gated else (answers, base)
        forced = True if ind.cible.type != "points_declares" else ind.cible.max
        total = _core(d, {**start, ind.id: forced})
        gain = round(total["total_eur"] - reference["total_eur"], 2)
        if gain > 0:
            gains.append(
                Gain(
                    id=ind.id,
                    libelle=ind.libelle,
                    statut=r.statut,
                    eur=gain,
                    points=_points_delta(total, reference),
                    bloquant=False,
                    apres_prerequis=gated,
                )
            )
    return sorted(gains, key=lambda x: (-x.eur, x.id))


def _points_delta(total: dict[str, Any], base: dict[str, Any]) -> float | None:
    if total["total_points"] is None:
        return None
    return total["total_points"] - base["total_points"]


def _gates(d: Dispositif, g: Groupe) -> bool:
    return any(g.id in other.prerequis for other in d.groupes)
