"""Eligibility and payout of one scheme (forfait structure, dotation numérique, FAMI).

A pure function of (dispositif, answers). Answers map indicator ids to a clean value:
bool, a number, a mapping of component ids to values, UNKNOWN_VALUE ("je ne sais pas"), or
AMBIGU (a question-tree path the texts read two ways); a missing id is unanswered. Unknown
and unanswered both give a range: the guaranteed amount counts them as not met, the maximum
still reachable counts them as met. So does a verdict the texts leave open (statut "ambigu":
a value at a threshold stated two ways, an ambiguous path, a group's value without an
optional indicator), listed in `Estimate.ambiguites` with both readings and their sources.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cached_property
from statistics import fmean
from typing import TYPE_CHECKING, Any, NamedTuple

from calculators.french import fmt_number
from calculators.values import Measured, Unknown
from knowledge.schema import (
    AMBIGU,
    Ambiguite,
    Cible,
    Composante,
    Dispositif,
    Groupe,
    Indicateur,
    Source,
    Statut,
)

if TYPE_CHECKING:
    from calculators.explain import Explanation

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
class Reading:
    """One reading of a rule the texts state two ways, with where it is written."""

    texte: str
    sources: list[str]  # ids of sources.yaml
    citations: list[str]  # the same sources, as shown to users


@dataclass(frozen=True)
class Ambiguity:
    """A verdict the texts leave open: both readings, and the euros between them."""

    id: str
    indicateur: str  # the indicator whose verdict (or absence) is read two ways
    libelle: str
    raison: str
    lectures: list[Reading]
    eur: float  # counted in the maximum, not in the guaranteed amount
    points: float | None

    @classmethod
    def of(
        cls, a: Ambiguite, indicateur: str, libelle: str, eur: float, points: float | None = None
    ) -> Ambiguity:
        return cls(
            id=a.id,
            indicateur=indicateur,
            libelle=libelle,
            raison=a.raison,
            lectures=[
                Reading(
                    texte=r.texte,
                    sources=list(dict.fromkeys(s.id for s in r.sources if s.id)),
                    citations=list(dict.fromkeys(s.label() for s in r.sources)),
                )
                for r in a.lectures
            ],
            eur=round(eur, 2),
            points=points,
        )


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
    ambiguites: list[Ambiguity] = field(default_factory=list)

    @property
    def complet(self) -> bool:
        return self.total_eur == self.total_eur_max

    @cached_property
    def explication(self) -> Explanation:
        """The trace of each verdict and the missing answers ranked by the euros they can move.

        Built on first use from what `estimate` kept aside (not a field: `asdict` and the
        equality of results ignore it), so that an estimate nobody explains costs nothing more.
        """
        from calculators.explain import explain  # explain builds on this module

        d, answers, base = self.__dict__["_inputs"]
        return explain(d, answers, self, base)


class _Eval(NamedTuple):  # a tuple: built for every indicator of every total, kept cheap
    statut: Statut
    raison: str
    low: float  # value earned for sure, in the scheme's unit
    high: float  # value that may still be earned
    partiel: bool = False


def _unit(d: Dispositif, x: Any) -> float | None:
    return x.points if d.unite == "points" else x.eur


# Targets like 2/3 are stored rounded (66.666667): a value this close is at the threshold, so
# 200 FSE out of 300 meet "≥ 2/3" and do not meet "> 2/3".
EPSILON = 1e-6


def meets(cible: Cible, value: float, operateur: str | None = None) -> bool:
    """A published numeric target compared with a value (with `operateur`: under that
    reading of the target)."""
    assert cible.valeur is not None
    if (operateur or cible.operateur) == ">":
        return value > cible.valeur + EPSILON
    return value >= cible.valeur - EPSILON


def verdict(cible: Cible, value: float) -> Statut:
    """A value against a published numeric target: "ambigu" when the target's two readings
    (`cible.ambiguite`) disagree on it, i.e. at the threshold itself."""
    if cible.ambiguite is not None:
        found = {meets(cible, value, r.operateur) for r in cible.ambiguite.lectures}
        if len(found) > 1:
            return "ambigu"
    return "atteint" if meets(cible, value) else "non_atteint"


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
    found = verdict(cible, float(value))
    if found == "ambigu":
        reason = (
            f"{_shown(cible, value)} : pile au seuil ({_target_text(cible)}), atteint ou non "
            "selon la lecture des textes."
        )
        return _Eval("ambigu", reason, 0, worth)
    sign = "objectif atteint" if found == "atteint" else "sous l'objectif"
    reason = f"{_shown(cible, value)} : {sign} — {_target_text(cible)}."
    if found == "atteint":
        return _Eval("atteint", reason, worth, worth)
    return _Eval("non_atteint", reason, 0, 0)


def _components(ind: Indicateur, value: dict, worth: float) -> _Eval:
    comps = {c.id: c for c in ind.composantes}
    if ind.cible.type == "moyenne":
        rates = [value.get(c) for c in comps]
        if any(r is None or isinstance(r, Unknown | bool) for r in rates):
            return _open_mean(ind, value, worth)
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


def _open_mean(ind: Indicateur, value: dict, worth: float) -> _Eval:
    """A mean with rates still unknown: settled when every value they may take (0 to 100 %)
    gives the same verdict, so that what no answer can change is not asked."""
    known = {
        c: r for c, r in value.items() if isinstance(r, int | float) and not isinstance(r, bool)
    }
    open_ = [c.libelle for c in ind.composantes if c.id not in known]
    n = len(ind.composantes)
    low = sum(known.values()) / n
    high = low + 100.0 * len(open_) / n
    if ind.cible.valeur is not None and meets(ind.cible, low):
        why = f"Moyenne d'au moins {_shown(ind.cible, low)} quel que soit le taux manquant"
        return _Eval(
            "atteint", f"{why} : objectif atteint — {_target_text(ind.cible)}.", worth, worth
        )
    if ind.cible.valeur is not None and not meets(ind.cible, high):
        why = f"Moyenne d'au plus {_shown(ind.cible, high)} quel que soit le taux manquant"
        return _Eval("non_atteint", f"{why} : sous l'objectif — {_target_text(ind.cible)}.", 0, 0)
    if ind.cible.valeur is None:
        return _Eval("inconnu", "Il manque un des taux de la moyenne.", 0, worth)
    # what the rates still unknown must reach, on average, for the mean to meet its target
    need = math.ceil((ind.cible.valeur * n - sum(known.values())) / len(open_) * 100) / 100
    bound = "plus de" if ind.cible.operateur == ">" else "au moins"
    whose = "il lui faut" if len(open_) == 1 else "il leur faut en moyenne"
    op = "≥" if ind.cible.operateur == ">=" else ">"
    return _Eval(
        "inconnu",
        f"À compléter : {', '.join(open_)}. Avec vos autres taux, {whose} {bound} "
        f"{_shown(ind.cible, need)} pour une moyenne {op} {_shown(ind.cible, ind.cible.valeur)}.",
        0,
        worth,
    )


def _comp_worth(c: Composante, ind: Indicateur) -> float:
    return (c.points if c.points is not None else c.eur) or 0.0


def evaluate_indicator(d: Dispositif, ind: Indicateur, value: Any, answered: bool) -> _Eval:
    worth = _unit(d, ind) or 0.0
    if ind.statut_exercice == "neutralise":
        year = d.exercice or ""
        return _Eval("neutralise", f"Neutralisé pour {year} : compté comme atteint.", 0, 0)
    if not answered:
        return _Eval("inconnu", "Pas encore renseigné.", 0, worth)
    if isinstance(value, str) and value == AMBIGU:
        readings = ind.ambiguite_reponse
        if readings is None:  # a path the data no longer reads two ways: ask again
            return _Eval("inconnu", "Réponse inconnue.", 0, worth)
        return _Eval("ambigu", readings.raison, 0, worth)
    if isinstance(value, dict) and ind.composantes:
        return _components(ind, value, worth)
    return _judge(ind.cible, value, worth)


def _group_met(required: list[_Eval]) -> bool | None:
    """A tous_requis group from its required indicators' verdicts: all met / one failed."""
    if any(e.statut == "non_atteint" for e in required):
        return False
    if all(e.statut in MET for e in required):
        return True
    return None


def _sources(ind: Indicateur) -> list[Source]:
    return [*ind.sources, *ind.cible.sources, *(s for c in ind.composantes for s in c.sources)]


def estimate(d: Dispositif, answers: dict[str, Any], gains: bool = True) -> Estimate:
    """Compute statuses, amounts, gating and the gains still available (`gains=False`: not
    those, which cost one more total per missing indicator; a verdict on one situation, as
    the FAQ gives, does not show them)."""
    base = _totals(d, answers)
    result = Estimate(
        **_results(d, base),
        gains=_gains(d, answers, base) if gains else [],
        ambiguites=_ambiguities(d, answers, base),
    )
    result.__dict__["_inputs"] = (d, answers, base)  # for `explication`, computed on demand
    return result


@dataclass(frozen=True)
class _Static:
    """What never changes for a scheme, computed once: lookups, citations, confidence."""

    group_of: dict[str, Groupe]
    labels: dict[str, list[str]]
    secondary: bool
    rate: float
    gates: set[str]  # groups that are a prerequisite of another
    members: dict[str, tuple[str, ...]]  # each group's indicators, in the scheme's order
    required: dict[str, tuple[str, ...]]  # a tous_requis group's indicators not optional
    groups: dict[str, Groupe]
    dependents: dict[str, list[str]]  # the groups that have each group as a prerequisite


_STATIC: dict[int, tuple[Dispositif, _Static]] = {}


def _static(d: Dispositif) -> _Static:
    cached = _STATIC.get(id(d))
    if cached is not None and cached[0] is d:
        return cached[1]
    groups = {g.id: g for g in d.groupes}
    static = _Static(
        group_of={ind.id: groups[ind.groupe] for ind in d.indicateurs},
        labels={
            ind.id: list(dict.fromkeys(s.label() for s in _sources(ind))) for ind in d.indicateurs
        },
        secondary=any(s.confiance == "secondaire" for s in d.sources)
        or any(s.confiance == "secondaire" for ind in d.indicateurs for s in _sources(ind)),
        rate=d.valeur_point if d.unite == "points" and d.valeur_point else 1.0,
        gates={p for g in d.groupes for p in g.prerequis},
        members={
            g.id: tuple(ind.id for ind in d.indicateurs if ind.groupe == g.id) for g in d.groupes
        },
        required={
            g.id: tuple(
                ind.id
                for ind in d.indicateurs
                if ind.groupe == g.id and ind.statut_exercice != "optionnel"
            )
            for g in d.groupes
            if g.regle == "tous_requis"
        },
        groups=groups,
        dependents={g.id: [h.id for h in d.groupes if g.id in h.prerequis] for g in d.groupes},
    )
    _STATIC[id(d)] = (d, static)
    return static


@dataclass(frozen=True)
class _Totals:
    answers: dict[str, Any]
    evals: dict[str, tuple[Indicateur, _Eval]]
    met: dict[str, bool | None]  # tous_requis groups: all met / one failed / unknown
    paid: dict[str, bool | None]  # every group: prerequisites met / failed / unknown
    groups: dict[str, tuple[float, float]]  # (low, high) in the scheme's unit
    low: float
    high: float


def _totals(d: Dispositif, answers: dict[str, Any], base: _Totals | None = None) -> _Totals:
    """Totals for `answers`; with `base` (the totals of nearly the same answers), only the
    indicators whose answer is not the very same object are evaluated again (_gains' what-ifs)."""
    st = _static(d)
    if base is None:
        evals = {
            ind.id: (ind, evaluate_indicator(d, ind, answers.get(ind.id), ind.id in answers))
            for ind in d.indicateurs
        }
    else:
        before = base.answers
        evals = {
            ind.id: (
                base.evals[ind.id]
                if answers.get(ind.id, ...) is before.get(ind.id, ...)
                else (ind, evaluate_indicator(d, ind, answers.get(ind.id), ind.id in answers))
            )
            for ind in d.indicateurs
        }
    met: dict[str, bool | None] = {
        g: _group_met([evals[i][1] for i in ids]) for g, ids in st.required.items()
    }
    paid: dict[str, bool | None] = {}
    groups: dict[str, tuple[float, float]] = {}
    for g in d.groupes:
        pre = [met.get(p) for p in g.prerequis]
        paid[g.id] = False if False in pre else (None if None in pre else True)
        if g.regle == "tous_requis":
            worth = _unit(d, g) or 0.0
            state = met[g.id]
            low = worth if state and paid[g.id] else 0.0
            high = worth if state is not False and paid[g.id] is not False else 0.0
            if low and g.ambiguite is not None and evals[g.ambiguite.sans][1].statut != "atteint":
                low = _least(d, g.ambiguite)  # without the optional one: the lower reading
        else:
            members = [evals[i][1] for i in st.members[g.id]]
            low = sum(e.low for e in members) if paid[g.id] else 0.0
            high = sum(e.high for e in members) if paid[g.id] is not False else 0.0
        groups[g.id] = (low, high)
    low_total = sum(lo for lo, _ in groups.values())
    high_total = sum(hi for _, hi in groups.values())
    return _Totals(answers, evals, met, paid, groups, low_total, high_total)


def _least(d: Dispositif, a: Ambiguite) -> float:
    return min(_unit(d, r) or 0.0 for r in a.lectures)


def _group_in_play(d: Dispositif, t: _Totals, ind: Indicateur) -> Groupe | None:
    """The group whose value the texts read two ways without `ind`, when that applies: `ind`
    failed and the group would pay under the higher reading."""
    g = _static(d).group_of[ind.id]
    failed = t.evals[ind.id][1].statut == "non_atteint"
    if g.ambiguite is None or g.ambiguite.sans != ind.id or not failed:
        return None
    return g if t.groups[g.id][1] > 0 else None


def _results(d: Dispositif, t: _Totals) -> dict[str, Any]:
    """The full, user-facing result of one computation."""
    st = _static(d)
    rate = st.rate
    points = d.unite == "points"
    groups = [
        GroupResult(
            id=g.id,
            libelle=g.libelle,
            regle=g.regle,
            atteint=t.met.get(g.id) if g.regle == "tous_requis" else None,
            verse=t.paid[g.id],
            points=t.groups[g.id][0] if points else None,
            eur=t.groups[g.id][0] * rate,
            points_max=t.groups[g.id][1] if points else None,
            eur_max=t.groups[g.id][1] * rate,
        )
        for g in d.groupes
    ]
    results = []
    for ind, e in t.evals.values():
        group = st.group_of[ind.id]
        individual = group.regle == "independant"
        low = e.low if individual and t.paid[group.id] else 0.0
        high = e.high if individual and t.paid[group.id] is not False else 0.0
        reason, statut = e.raison, e.statut
        ambiguous_group = _group_in_play(d, t, ind)
        if ambiguous_group is not None:
            assert ambiguous_group.ambiguite is not None
            statut = "ambigu"
            reason += f" {ambiguous_group.ambiguite.raison}"
        if individual and t.paid[group.id] is False and e.statut == "atteint":
            gate = ", ".join(
                next(x.libelle for x in d.groupes if x.id == p) for p in group.prerequis
            )
            reason += f" Non versé : prérequis non atteints ({gate})."
        results.append(
            IndicatorResult(
                id=ind.id,
                libelle=ind.libelle,
                groupe=ind.groupe,
                statut=statut,
                raison=reason,
                points=(low if individual else None) if points else None,
                eur=low * rate if individual else None,
                points_max=(high if individual else None) if points else None,
                eur_max=high * rate if individual else None,
                sources=st.labels[ind.id],
                partiel=e.partiel,
            )
        )
    gating = [g for g in d.groupes if g.regle == "tous_requis"]
    return {
        "dispositif": d.id,
        "profession": d.profession,
        "exercice": d.exercice,
        "unite": d.unite,
        "total_points": t.low if points else None,
        "total_eur": round(t.low * rate, 2),
        "total_points_max": t.high if points else None,
        "total_eur_max": round(t.high * rate, 2),
        "socle_atteint": t.met[gating[0].id] if gating else None,
        "indicateurs": results,
        "groupes": groups,
        "secondaire": st.secondary,
        "avertissements": [a.texte for a in d.avertissements],
    }


def _ambiguities(d: Dispositif, answers: dict[str, Any], base: _Totals) -> list[Ambiguity]:
    """Every verdict the texts leave open, with both readings and the euros between them."""
    rate = _static(d).rate
    out = []
    for ind, e in base.evals.values():
        group = _group_in_play(d, base, ind)
        if group is not None and group.ambiguite is not None:
            readings = group.ambiguite
            stake = (_unit(d, group) or 0.0) - _least(d, readings)
        elif e.statut == "ambigu":
            path = isinstance(answers.get(ind.id), str)  # AMBIGU: a path read two ways
            found = ind.ambiguite_reponse if path else ind.cible.ambiguite
            assert found is not None
            readings = found
            met = _totals(d, {**answers, ind.id: True}, base)
            failed = _totals(d, {**answers, ind.id: False}, base)
            stake = met.high - failed.high
        else:
            continue
        points = stake if d.unite == "points" else None
        out.append(Ambiguity.of(readings, ind.id, ind.libelle, stake * rate, points))
    return out


def _gains(d: Dispositif, answers: dict[str, Any], base: _Totals) -> list[Gain]:
    """For each indicator not met, the guaranteed euros it would add, largest first.

    A required indicator of a gating group is worth what fixing every missing required
    indicator of that group together would add (fixing one alone may add nothing).
    """
    st = _static(d)
    statut = {i: e.statut for i, (_, e) in base.evals.items()}
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
            and statut[ind.id] not in MET
        ]
        if not missing:
            continue
        fixed = {**answers, **{ind.id: True for ind in missing}}
        prerequisites_fixed.update({ind.id: True for ind in missing})
        total = _totals(d, fixed, base)
        for ind in missing:
            gains.append(
                Gain(
                    id=ind.id,
                    libelle=ind.libelle,
                    statut=statut[ind.id],
                    eur=round((total.low - base.low) * st.rate, 2),
                    points=_points_delta(d, total, base),
                    bloquant=bool(g.prerequis) or g.id in st.gates,
                    avec=tuple(m.id for m in missing if m.id != ind.id),
                )
            )
    after = _totals(d, prerequisites_fixed, base)
    for ind in d.indicateurs:
        group = st.group_of[ind.id]
        _, e = base.evals[ind.id]
        if group.regle != "independant" or e.statut == "neutralise":
            continue
        if e.statut == "atteint" and not e.partiel:
            continue
        gated = base.paid[group.id] is not True
        start, reference = (prerequisites_fixed, after) if gated else (answers, base)
        forced = True if ind.cible.type != "points_declares" else ind.cible.max
        total = _totals(d, {**start, ind.id: forced}, reference)
        gain = round((total.low - reference.low) * st.rate, 2)
        if gain > 0:
            gains.append(
                Gain(
                    id=ind.id,
                    libelle=ind.libelle,
                    statut=e.statut,
                    eur=gain,
                    points=_points_delta(d, total, reference),
                    bloquant=False,
                    apres_prerequis=gated,
                )
            )
    return sorted(gains, key=lambda x: (-x.eur, x.id))


def _points_delta(d: Dispositif, total: _Totals, base: _Totals) -> float | None:
    return total.low - base.low if d.unite == "points" else None
