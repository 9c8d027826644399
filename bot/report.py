"""The result a practitioner reads: statuses, amounts, what blocks, and a dated action plan.

Combines the calculator's estimate with what the questionnaire learnt (the outcome of each
question tree: reason, action, justificatif) and today's date, for the templates. While an
exercice runs, each action is due before its 31/12; once it is over nothing can change it any
more: the plan says so, gives the declaration window, and moves to the exercice that follows
(`calculators.calendar.following`), listing what exists there with its value there, for the
answers that carry over (`calculators.carry_over`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.render import shorten
from calculators import Estimate, estimate
from calculators.calendar import ExerciceStatus, action_date, following, status, window_text
from calculators.carry_over import carry_over
from calculators.forfait import GroupResult, IndicatorResult
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
    "inconnu": "à compléter",  # the one wording of an indicator without a usable answer
    "ambigu": "deux lectures des textes",
}


@dataclass(frozen=True)
class Action:
    libelle: str
    eur: float
    textes: list[str]
    justificatifs: list[str]
    apres_prerequis: bool
    quand: str  # "à faire avant le 31/12/2026"
    socle: bool  # fixes a group that gates the others
    a_verifier: bool  # its answer is unknown: it may already be met
    court: str = ""  # the label in the short result, when it must not be cut

    @property
    def titre(self) -> str:
        """The short result's label: of several indicators met together, the first and how
        many others (« Socle : Horaires… : +490 € » read as the horaires alone paying)."""
        return self.court or self.libelle


@dataclass(frozen=True)
class Suite:
    """The exercice the plan moves to once the estimated one is over."""

    st: ExerciceStatus
    est: Estimate  # for the answers that carry over
    plan: list[Action]
    reprises: list[str]  # labels of its indicators the answers already answer
    a_redonner: list[str]  # labels of the others


def action_plan(
    d: Dispositif, est: Estimate, outcomes: dict[str, Resultat], quand: str
) -> list[Action]:
    """One action per missing indicator (the missing socle as one), largest gain first."""
    by_id = {i.id: i for i in d.indicateurs}
    statut = {r.id: r.statut for r in est.indicateurs}
    block = gating_name(d)
    plan: list[Action] = []
    seen: set[str] = set()
    for g in est.gains:
        if g.id in seen:
            continue
        # What is known to be missing first, then what is still to check.
        ids = sorted([g.id, *g.avec], key=lambda i: statut[i] == "inconnu")
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
        names = ", ".join(by_id[i].libelle for i in ids)
        label = g.libelle if not g.avec else f"{block} : {names}"
        socle = g.bloquant and not g.apres_prerequis
        unknown = all(statut[i] == "inconnu" for i in ids)
        others = f" + {len(ids) - 1} autre{'s' if len(ids) > 2 else ''}"
        court = shorten(f"{block} : {by_id[ids[0]].libelle}", 64 - len(others)) + others
        court = court if g.avec else ""
        plan.append(
            Action(label, g.eur, texts, proofs, g.apres_prerequis, quand, socle, unknown, court)
        )
    return plan


def suite(
    d: Dispositif,
    answers: dict[str, Any],
    schemes: Sequence[Dispositif],
    today: dt.date,
) -> Suite | None:
    """Where the plan of the finished exercice of `d` goes: the first later exercice that can
    still be acted on, estimated for the answers that carry over; None when there is none."""
    if d.exercice is None:
        return None
    nxt = following(schemes, d.exercice, today)
    if nxt is None:
        return None
    later = nxt.dispositif
    carried = carry_over(d, later, answers)
    est = estimate(later, carried.answers)
    labels = {i.id: i.libelle for i in later.indicateurs}
    return Suite(
        nxt,
        est,
        action_plan(later, est, {}, action_date(nxt).texte),
        [labels[i] for i in carried.reprises],
        [labels[i] for i in carried.a_redonner],
    )


# The calculator's reasons when nothing usable was answered: the status says it already.
GENERIC = ("Pas encore renseigné.", "Réponse inconnue.")


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
        prefix = "" if r.raison in GENERIC else r.raison.rstrip(".") + ". "
        if aide:
            out[r.id] = f"{prefix}Où le trouver : {aide.rstrip('.')}."
        elif prefix:
            out[r.id] = prefix.strip()
    return out


def notes(d: Dispositif, est: Estimate) -> list[str]:
    """Every citation of the result, once: first the one each indicator is shown with (so the
    detail's notes run 1, 2, 3…), then the others; the numbered notes of the detail and of
    the sources message."""
    cited = [r.sources[0] for r in est.indicateurs if r.sources]
    cited += [c for r in est.indicateurs for c in r.sources]
    cited += [s.label() for s in d.sources]
    return list(dict.fromkeys(cited))


@dataclass(frozen=True)
class GroupDetail:
    """One group of the detail: its result, the most it pays, the indicators shown one per
    line, and those without a usable answer, named together on one line."""

    g: GroupResult
    full: GroupResult  # the same group with nothing answered: what it can pay at most
    shown: list[IndicatorResult]
    open: list[IndicatorResult]
    open_notes: list[int]


def detail(est: Estimate, possible: Estimate, reasons: dict[str, str], note: dict[str, int]):
    """The groups of the detail, in the scheme's order."""
    full = {g.id: g for g in possible.groupes}
    out = []
    for g in est.groupes:
        rows = [r for r in est.indicateurs if r.groupe == g.id]
        open_ = [r for r in rows if r.statut == "inconnu" and r.id not in reasons]
        shown = [r for r in rows if r not in open_]
        cites = sorted({note[r.sources[0]] for r in open_ if r.sources})
        out.append(GroupDetail(g, full[g.id], shown, open_, cites))
    return out


def _secondary(d: Dispositif) -> set[str]:
    """The citations of secondary sources (« à confirmer auprès de votre CPAM »)."""
    found = [*d.sources]
    for ind in d.indicateurs:
        found += [*ind.sources, *ind.cible.sources]
        found += [s for c in ind.composantes for s in c.sources]
    return {s.label() for s in found if s.confiance == "secondaire"}


def where_short(d: Dispositif) -> str:
    """Where to declare, in a few words: the amelipro path without its caveats."""
    text = d.amelipro.texte.rstrip(".")
    text = text.split(" (")[0]
    if len(text) > 90:
        text = text.split(", ")[0]
    return text


def gating_name(d: Dispositif) -> str:
    """The block that gates the rest, as the short result names it: « Volet 1 » for the forfait
    structure (its libellé before « : »), « Socle » for the schemes that call it so."""
    gating = [g for g in d.groupes if g.regle == "tous_requis"]
    if gating and " : " in gating[0].libelle:
        return gating[0].libelle.split(" : ")[0]
    return "Socle"


def gated_loss(d: Dispositif) -> str:
    """What the gating block, not met, leaves unpaid: « le reste n'est pas versé » when every
    other block needs it; else only those, the independent ones still paid (the FAMI's « aller
    vers » and student)."""
    gating = {g.id for g in d.groupes if g.regle == "tous_requis"}
    others = [g for g in d.groupes if g.id not in gating]
    if all(gating & set(g.prerequis) for g in others):
        return "le reste n'est pas versé"
    return "ce qui en dépend n'est pas versé, les indicateurs indépendants le restent"


def result_context(
    d: Dispositif,
    est: Estimate,
    outcomes: dict[str, Resultat],
    today: dt.date,
    schemes: Sequence[Dispositif] = (),
    answers: dict[str, Any] | None = None,
) -> dict[str, object]:
    """Everything `result.j2` needs. `schemes` (the profession's exercices) and `answers` (as
    `estimate` read them) let the plan of a finished exercice move to the one that follows."""
    st = status(d, today)
    over = st.phase == "terminee"
    cited = notes(d, est)
    possible = estimate(d, {})  # nothing answered: the most the scheme can pay
    note = {c: i for i, c in enumerate(cited, 1)}
    reasons = {
        **{r.id: r.raison for r in est.indicateurs if r.raison not in GENERIC},
        **_where_to_check(d, est),
        **{k: o.raison for k, o in outcomes.items() if o.raison},
    }
    return {
        "d": d,
        "est": est,
        "possible": possible,
        # the FS 2024–2025's 7 805 or 8 141 €: the other maximum the texts give, said beside
        "other_max": d.other_maximum(),
        "answers": answers or {},
        "notes": cited,
        "note": note,
        "groups": detail(est, possible, reasons, note),
        "first_notes": len({r.sources[0] for r in est.indicateurs if r.sources}),
        "secondary": _secondary(d),
        "where": where_short(d),
        "gating": gating_name(d),
        "lost": gated_loss(d),
        "why_range": range_cause(est),
        # what is answered not met: out of reach once the exercice is over, still to do before
        "missed": "hors d'atteinte" if over else "non atteint à ce jour",
        "st": st,
        "window": window_text(st),
        "quand": action_date(st).texte,
        "plan": [] if over else action_plan(d, est, outcomes, action_date(st).texte),
        "suite": suite(d, answers or {}, schemes, today) if over else None,
        "reasons": reasons,
        "icons": ICONS,
        "labels": LABELS,
        "today": today,
    }


def range_cause(est: Estimate) -> str:
    """Why a total is a range: answers still missing, texts read two ways (« pile 2/3 » of
    FSE in 2025), or both; told after the range so that a doctor who answered everything is
    not asked to answer more."""
    said = {r.statut for r in est.indicateurs}
    if "inconnu" in said and "ambigu" in said:
        return "selon les réponses à compléter et la lecture des textes"
    return "selon la lecture des textes" if "ambigu" in said else "selon les réponses à compléter"


@dataclass(frozen=True)
class Bar:
    """One bar of the result card and of the PDF: euros earned, still possible (answers to
    complete), and out of reach, out of the most the group (or the scheme) pays."""

    libelle: str
    acquis: float
    possible: float
    perdu: float
    points: float | None  # earned, for a scheme in points
    points_max: float | None

    @property
    def maximum(self) -> float:
        return self.acquis + self.possible + self.perdu


def bars(est: Estimate, possible: Estimate) -> tuple[list[Bar], Bar]:
    """The groups' bars and the total's, from the estimate the text shows."""
    full = {g.id: g for g in possible.groupes}
    groups = [
        Bar(
            g.libelle,
            g.eur,
            g.eur_max - g.eur,
            full[g.id].eur_max - g.eur_max,
            g.points,
            full[g.id].points_max,
        )
        for g in est.groupes
    ]
    total = Bar(
        "Total",
        est.total_eur,
        est.total_eur_max - est.total_eur,
        possible.total_eur_max - est.total_eur_max,
        est.total_points,
        possible.total_points_max,
    )
    return groups, total
