"""Why each verdict, the publicodes way: the rule applied, the value used, the parameter and its
reference; and the missing answers ranked by the euros they can still move.

Built on demand from the answers and the totals `estimate` already computed, so that the what-if
totals of the action plan and the engine's steps never pay for it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from statistics import fmean
from typing import Any

from calculators.forfait import (
    Ambiguity,
    Estimate,
    IndicatorResult,
    _Eval,
    _judge,
    _least,
    _static,
    _Totals,
    _totals,
    _unit,
    evaluate_indicator,
)
from calculators.french import fmt_eur, fmt_number, fmt_points
from calculators.values import Measured, Unknown
from knowledge.schema import Cible, Dispositif, Groupe, Indicateur, Source

NOT_ANSWERED = "non renseigné"
DONT_KNOW = "je ne sais pas"
_MISSING = object()  # no answer at all, as opposed to "je ne sais pas"
_FAILED = _Eval("non_atteint", "", 0.0, 0.0)  # what a "non" evaluates to


@dataclass(frozen=True)
class Parameter:
    """A published figure a verdict rests on (a threshold, a number of points), with its
    reference."""

    nom: str  # "seuil", "plafond", "points", "eur"
    valeur: float | None  # None: not published
    texte: str
    sources: list[str]


@dataclass(frozen=True)
class ComponentTrace:
    id: str
    libelle: str
    regle: str
    reponse: Any  # bool, a number, "je ne sais pas", or "non renseigné"
    statut: str
    parametres: list[Parameter]


@dataclass(frozen=True)
class IndicatorTrace:
    """The verdict of one indicator: rule, value used, parameters, and why."""

    id: str
    libelle: str
    groupe: str
    statut: str
    regle: str  # the rule in French
    cible_type: str
    operateur: str | None
    seuil: float | None
    agregation: str | None  # "tous", "somme", "moyenne" over the components
    statut_exercice: str  # "actif", "neutralise", "optionnel"
    reponse: Any  # the answer as given (a mapping for components), or "non renseigné"
    valeur_retenue: float | None  # the number compared with the threshold (a rate, a mean)
    calcul: str | None  # how that number was computed (FSE counts: the rate and its period)
    composantes: list[ComponentTrace]
    parametres: list[Parameter]
    pourquoi: str  # the verdict's reason, gating included
    sources: list[str]
    ambiguite: Ambiguity | None = None  # the texts' two readings of this verdict


@dataclass(frozen=True)
class GroupTrace:
    id: str
    libelle: str
    regle: str  # the rule in French: all required or each pays its own, and its prerequisites
    prerequis: list[str]
    atteint: bool | None  # tous_requis only
    verse: bool | None
    parametres: list[Parameter]
    pourquoi: str
    sources: list[str]


@dataclass(slots=True)  # not frozen: built for every answer at every step, kept cheap
class MissingAnswer:
    """An answer still missing (or answered "je ne sais pas"), with the euros it can move."""

    id: str
    libelle: str
    groupe: str
    ordre: int  # position of the indicator in the scheme (the questionnaire's order)
    composantes: tuple[str, ...]  # components still to answer; empty: the whole indicator
    repondu: bool  # answered "je ne sais pas": to check, not to ask again
    eur: float  # the most this answer can move the total, given the other answers
    points: float | None
    bloque_par: tuple[str, ...]  # failed groups that make it change nothing for now
    raison: str


@dataclass(frozen=True)
class Explanation:
    dispositif: str
    unite: str
    valeur_point: Parameter | None
    groupes: list[GroupTrace]
    indicateurs: list[IndicatorTrace]
    manquants: list[MissingAnswer]


# ---- missing answers ---------------------------------------------------------------------


def missing_answers(
    d: Dispositif,
    answers: Mapping[str, Any],
    *,
    hypothetical: bool = False,
    base: _Totals | None = None,
) -> list[MissingAnswer]:
    """Every answer still missing, the one that can move the most euros first.

    `answers` are the calculator's: None or UNKNOWN_VALUE is a "je ne sais pas" (kept, with
    `repondu`), a mapping lists the components answered so far. An answer whose group, or a
    prerequisite of it, has already failed moves nothing (`eur` 0, `bloque_par`), except in
    `hypothetical` mode, which values every answer as if the failed groups were corrected.
    Ties keep the scheme's order. `base`: the totals of `answers`, when already computed.
    """
    base = base if base is not None else _totals(d, dict(answers))
    failed = {g for g, state in base.met.items() if state is False}
    reference_answers: dict[str, Any] = dict(answers)
    reference = base
    fixed: dict[str, bool] = {}
    if hypothetical and failed:
        fixed = _fixes(d, base, failed)
        reference_answers.update(fixed)
        reference = _totals(d, reference_answers, base)
    open_ = [
        (position, ind, found)
        for position, ind in enumerate(d.indicateurs)
        if (found := _missing_parts(ind, answers)) is not None
    ]
    # Every open answer at its best: a group that fails even then (a mean already out of
    # reach, say) pays nothing whatever is answered next. A corrected answer stays corrected.
    optimistic_answers = dict(reference_answers)
    for _, ind, _ in open_:
        if ind.id not in fixed:
            value = answers.get(ind.id)
            composite = isinstance(value, dict) and ind.composantes
            optimistic_answers[ind.id] = _extreme(ind, value, met=True) if composite else True
    optimistic = _totals(d, optimistic_answers, reference)
    doomed = {g.id for g in d.groupes if optimistic.paid[g.id] is False}
    doomed |= {g for g, state in optimistic.met.items() if state is False}
    static = _static(d)
    rate, groups, dependents = static.rate, static.groups, static.dependents
    out = []
    for position, ind, (parts, answered) in open_:
        group = groups[ind.groupe]
        value = answers.get(ind.id)
        if isinstance(value, dict) and ind.composantes:
            best = evaluate_indicator(d, ind, _extreme(ind, value, met=True), True)
            worst = evaluate_indicator(d, ind, _extreme(ind, value, met=False), True)
        else:  # a yes/no, a figure or points: at best fully met, at worst nothing
            best, worst = None, _FAILED
        moved = (
            0.0
            if group.id in doomed or ind.id in fixed  # fixed: failed whatever is still open
            else _swing(d, ind, group, best, worst, reference, dependents[group.id])
        )
        blocked = tuple(g for g in (group.id, *group.prerequis) if g in failed) if failed else ()
        names = ", ".join(f"«\u202f{groups[g].libelle}\u202f»" for g in blocked) if blocked else ""
        out.append(
            MissingAnswer(
                id=ind.id,
                libelle=ind.libelle,
                groupe=ind.groupe,
                ordre=position,
                composantes=parts,
                repondu=answered,
                eur=round(moved * rate, 2),
                points=moved if d.unite == "points" else None,
                bloque_par=blocked,
                raison=_missing_reason(ind, moved, parts, answered, names, hypothetical),
            )
        )
    return sorted(out, key=lambda m: (-m.eur, m.repondu, m.ordre))


def _swing(
    d: Dispositif,
    ind: Indicateur,
    group: Groupe,
    best: _Eval | None,
    worst: _Eval,
    reference: _Totals,
    dependents: list[str],
) -> float:
    """The most this answer alone can move the total, every other open answer counted as met:
    the largest drop of the reachable (`high`) or of the guaranteed (`low`) total from its most
    to its least favourable value. `best` None: fully met.

    The gating of `_totals` restated for one indicator, so that ranking every missing answer
    costs an evaluation or two rather than what-if totals; tests check both agree.
    """
    current = reference.evals[ind.id][1]
    if group.regle == "tous_requis":
        readings = group.ambiguite
        if readings is not None and readings.sans == ind.id:  # its absence is read two ways
            open_ = reference.met[group.id] is not False and reference.paid[group.id] is not False
            return (_unit(d, group) or 0.0) - _least(d, readings) if open_ else 0.0
        if ind.statut_exercice == "optionnel" or worst.statut != "non_atteint":
            return 0.0
        if current.statut == "non_atteint":
            return 0.0  # already failed by the components given
        return reference.groups[group.id][1] + sum(reference.groups[h][1] for h in dependents)
    if reference.paid[group.id] is False:
        return 0.0
    best_low = current.high if best is None else best.low
    return max(current.high - worst.high, best_low - worst.low)


def _fixes(d: Dispositif, base: _Totals, failed: set[str]) -> dict[str, bool]:
    """The required answers that make the failed groups fail, set to met."""
    return {
        ind.id: True
        for ind, e in base.evals.values()
        if ind.groupe in failed and ind.statut_exercice == "actif" and e.statut == "non_atteint"
    }


def _missing_parts(
    ind: Indicateur, answers: Mapping[str, Any]
) -> tuple[tuple[str, ...], bool] | None:
    """(components still to ask, only "je ne sais pas" left to check), or None when complete."""
    if ind.statut_exercice == "neutralise":
        return None
    if ind.id not in answers:
        return (), False
    value = answers[ind.id]
    if isinstance(value, dict) and ind.composantes:
        missing = tuple(c.id for c in ind.composantes if c.id not in value)
        unknown = any(_is_unknown(value[c.id]) for c in ind.composantes if c.id in value)
        return (missing, not missing) if missing or unknown else None
    return ((), True) if _is_unknown(value) else None


def _is_unknown(value: Any) -> bool:
    return value is None or isinstance(value, Unknown)


def _extreme(ind: Indicateur, value: dict, *, met: bool) -> dict:
    """The components answered so far, the open ones (missing or unknown) all met or all
    failed: a rate of 100 or 0 for a mean, yes or no otherwise."""
    if ind.cible.type == "moyenne":
        fill: Any = 100.0 if met else 0.0
    else:
        fill = met
    return {
        **value,
        **{c.id: fill for c in ind.composantes if _is_unknown(value.get(c.id))},
    }


def _missing_reason(
    ind: Indicateur,
    moved: float,
    parts: tuple[str, ...],
    answered: bool,
    blocked: str,
    hypothetical: bool,
) -> str:
    """Why the answer ranks where it does (the amount itself is in `eur`)."""
    if blocked and not hypothetical:
        return f"Ne change rien tant que {blocked} n'est pas atteint."
    if moved <= 0:
        if ind.statut_exercice == "optionnel":
            return "Facultatif\u202f: ne change pas le montant."
        return "Ne change pas le montant, compte tenu des autres réponses."
    if answered:
        reason = "Réponse «\u202fje ne sais pas\u202f» à vérifier."
    else:
        reason = "Détail à compléter." if parts else "Pas encore renseigné."
    if blocked:
        reason += f" Compté comme si {blocked} était atteint."
    return reason


# ---- trace of each verdict ---------------------------------------------------------------


def explain(d: Dispositif, answers: Mapping[str, Any], est: Estimate, base: _Totals) -> Explanation:
    """The trace of `est`, which `estimate(d, answers)` computed on the totals `base`."""
    results = {r.id: r for r in est.indicateurs}
    readings = {a.indicateur: a for a in est.ambiguites}
    point = None
    if d.unite == "points" and d.valeur_point:
        point = Parameter(
            "valeur du point",
            d.valeur_point,
            fmt_eur(d.valeur_point),
            _labels(d.valeur_point_sources),
        )
    return Explanation(
        dispositif=d.id,
        unite=d.unite,
        valeur_point=point,
        groupes=[_group_trace(d, g, est) for g in d.groupes],
        indicateurs=[
            _indicator_trace(d, ind, answers, results[ind.id], readings.get(ind.id))
            for ind in d.indicateurs
        ],
        manquants=missing_answers(d, answers, base=base),
    )


def _labels(sources: list[Source]) -> list[str]:
    return list(dict.fromkeys(s.label() for s in sources))


def _amount(d: Dispositif, worth: float) -> str:
    if d.unite == "eur":
        return fmt_eur(worth)
    return f"{fmt_points(worth)} ({fmt_eur(worth * (d.valeur_point or 0))})"


def _worth(d: Dispositif, worth: float | None, sources: list[Source]) -> list[Parameter]:
    if worth is None:
        return []
    return [Parameter(d.unite, worth, _amount(d, worth), _labels(sources))]


def _threshold(cible: Cible, fallback: list[Source]) -> list[Parameter]:
    """The threshold (or the ceiling of declared points), cited by the target's own sources."""
    sources = _labels(cible.sources or fallback)
    if cible.type == "points_declares":
        return [Parameter("plafond", cible.max, fmt_points(cible.max or 0), sources)]
    if cible.type == "booleen":
        return []
    return [Parameter("seuil", cible.valeur, _threshold_text(cible), sources)]


def _threshold_text(cible: Cible) -> str:
    if cible.valeur is None:
        return "cible non publiée"
    op = "≥" if cible.operateur == ">=" else ">"
    unit = "\u202f%" if cible.type in ("taux", "moyenne") else ""
    return f"{op} {fmt_number(cible.valeur)}{unit}"


def _target(cible: Cible) -> str:
    """ "> 66,67 % (> 2/3 des feuilles de soins)": the figure compared, then the guide's words."""
    text = _threshold_text(cible)
    if cible.texte and cible.texte != text:
        text += f" ({cible.texte})"
    return text


def _rule_text(d: Dispositif, ind: Indicateur, group: Groupe) -> str:
    """The rule applied to the indicator, in French."""
    if ind.statut_exercice == "neutralise":
        return f"Neutralisé pour {d.exercice or 'cet exercice'}\u202f: compté comme atteint."
    c = ind.cible
    names = {x.id: x.libelle for x in d.groupes}
    if c.type == "booleen":
        rule = f"{c.texte or ind.libelle}."  # « Règle : Participer à une MSP… »
    elif c.type == "points_declares":
        rule = f"Points relevés sur amelipro, au plus {fmt_points(c.max or 0)}."
    elif c.type == "moyenne":
        rates = ", ".join(x.libelle for x in ind.composantes)
        rule = f"Moyenne des taux ({rates}) {_target(c)}."
    elif c.valeur is None and any(x.cible.valeur is not None for x in ind.composantes):
        rule = f"{c.texte or ind.libelle}."  # each rate's own target follows in the detail
    else:
        what = "Taux" if c.type == "taux" else "Nombre"
        rule = f"{what} {_target(c)}." if c.valeur is not None else f"{what}\u202f: {_target(c)}."
    if ind.composantes and c.type != "moyenne":
        parts = ", ".join(f"{x.libelle} ({_threshold_text(x.cible)})" for x in ind.composantes)
        if ind.agregation == "tous":
            rule += f" Détail\u202f: tous exigés — {parts}."
        elif all(x.points is not None or x.eur is not None for x in ind.composantes):
            rule += f" Détail\u202f: chaque élément paie sa part — {parts}."
        else:
            rule += f" Détail\u202f: {parts}\u202f; la répartition entre eux n'est pas publiée."
    if group.regle == "tous_requis":
        if ind.statut_exercice == "optionnel":
            rule += f" Facultatif\u202f: ne conditionne pas «\u202f{group.libelle}\u202f»."
        else:
            rule += f" Exigé pour «\u202f{group.libelle}\u202f», versé en bloc."
    else:
        if ind.statut_exercice == "optionnel":
            rule += " Facultatif."
        worth = _unit(d, ind)
        if worth is not None and c.type != "points_declares":  # those pay the points read
            rule += f" Verse {_amount(d, worth)}."
        if group.prerequis:
            needed = ", ".join(f"«\u202f{names[p]}\u202f»" for p in group.prerequis)
            rule += f" Seulement si {needed} est atteint."
    return rule


def _group_trace(d: Dispositif, g: Groupe, est: Estimate) -> GroupTrace:
    result = next(r for r in est.groupes if r.id == g.id)
    names = {x.id: x.libelle for x in d.groupes}
    if g.regle == "tous_requis":
        rule = "Tous les indicateurs non facultatifs sont exigés\u202f; versé en bloc."
    else:
        rule = "Chaque indicateur atteint verse sa propre valeur."
    if g.prerequis:
        needed = ", ".join(f"«\u202f{names[p]}\u202f»" for p in g.prerequis)
        rule += f" Seulement si {needed} est atteint."
    if result.verse is False:
        why = "Non versé\u202f: un prérequis n'est pas atteint."
    elif g.regle == "tous_requis" and result.atteint is False:
        why = "Non atteint\u202f: un indicateur exigé ne l'est pas."
    elif g.regle == "tous_requis" and result.atteint is None:
        why = "Pas encore tranché\u202f: des indicateurs exigés restent à renseigner ou à vérifier."
    elif result.verse is None:
        why = "En attente\u202f: le prérequis n'est pas encore tranché."
    elif g.regle == "tous_requis":
        why = "Atteint\u202f: tous les indicateurs exigés le sont."
    else:
        why = "Versé\u202f: chaque indicateur atteint compte."
    return GroupTrace(
        id=g.id,
        libelle=g.libelle,
        regle=rule,
        prerequis=list(g.prerequis),
        atteint=result.atteint,
        verse=result.verse,
        parametres=_worth(d, _unit(d, g), g.sources),
        pourquoi=why,
        sources=_labels(g.sources),
    )


def _indicator_trace(
    d: Dispositif,
    ind: Indicateur,
    answers: Mapping[str, Any],
    result: IndicatorResult,
    readings: Ambiguity | None,
) -> IndicatorTrace:
    value = answers.get(ind.id, _MISSING)
    mean = ind.cible.type == "moyenne"
    used, how = _value_used(ind, value)
    components = []
    for c in ind.composantes:
        given = value.get(c.id, _MISSING) if isinstance(value, dict) else _MISSING
        status = None
        if not mean and given is not _MISSING:
            status = _judge(c.cible, given, 0).statut
        components.append(
            ComponentTrace(
                id=c.id,
                libelle=c.libelle,
                regle=_threshold_text(c.cible) if not mean else "entre dans la moyenne",
                reponse=_plain(given),
                statut=status,
                parametres=[]
                if mean
                else _threshold(c.cible, c.sources) + _worth(d, _unit(d, c), c.sources),
            )
        )
    group = next(g for g in d.groupes if g.id == ind.groupe)
    return IndicatorTrace(
        id=ind.id,
        libelle=ind.libelle,
        groupe=ind.groupe,
        statut=result.statut,
        regle=_rule_text(d, ind, group),
        cible_type=ind.cible.type,
        operateur=ind.cible.operateur,
        seuil=ind.cible.valeur,
        agregation="moyenne" if mean else ind.agregation,
        statut_exercice=ind.statut_exercice,
        reponse=_plain(value),
        valeur_retenue=used,
        calcul=how,
        composantes=components,
        parametres=_threshold(ind.cible, ind.sources) + _worth(d, _unit(d, ind), ind.sources),
        pourquoi=result.raison,
        sources=result.sources,
        ambiguite=readings,
    )


def _value_used(ind: Indicateur, value: Any) -> tuple[float | None, str | None]:
    """The number compared with the threshold, and how it was obtained when computed."""
    if isinstance(value, Measured):
        return value.value, value.note
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value), None
    if isinstance(value, dict) and ind.cible.type == "moyenne":
        rates = [value.get(c.id) for c in ind.composantes]
        if all(isinstance(r, int | float) and not isinstance(r, bool) for r in rates):
            mean = fmean(float(r) for r in rates)
            shown = ", ".join(fmt_number(float(r)) for r in rates)
            return mean, f"Moyenne de {shown}\u202f: {fmt_number(round(mean, 2))}\u202f%."
    return None, None


def _plain(value: Any) -> Any:
    """An answer as JSON can hold it."""
    if value is _MISSING:
        return NOT_ANSWERED
    if value is None or isinstance(value, Unknown):
        return DONT_KNOW
    if isinstance(value, Measured):
        return value.value
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return value
