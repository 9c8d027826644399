"""The explanation of an estimate as plain French text (`forfait-bot estimate --explain`), and
the readings the texts leave open (`forfait-bot estimate`)."""

from __future__ import annotations

from typing import Any

from calculators.explain import (
    DONT_KNOW,
    NOT_ANSWERED,
    ComponentTrace,
    Explanation,
    GroupTrace,
    IndicatorTrace,
    MissingAnswer,
    Parameter,
)
from calculators.forfait import Ambiguity
from calculators.french import NNBSP, fmt_eur, fmt_number, fmt_points
from knowledge.schema import AMBIGU

SEP = f"{NNBSP}; "  # between two citations
STATUS = {
    "atteint": "atteint",
    "non_atteint": "non atteint",
    "neutralise": "neutralisé",
    "inconnu": "à vérifier",
    "ambigu": "ambigu (deux lectures des textes)",
}


def ambiguities_text(
    ambiguites: list[Ambiguity], low: float, high: float, label: str = "Fourchette"
) -> str:
    """The range and, for each verdict the texts leave open, both readings with their sources."""
    lines = [
        f"{label}{NNBSP}: de {fmt_eur(low)} à {fmt_eur(high)}. Les textes se lisent de deux "
        f"façons ci-dessous{NNBSP}: le montant garanti retient la lecture la moins favorable, "
        "le maximum la plus favorable."
    ]
    for a in ambiguites:
        lines += [
            f"• {a.libelle} ({fmt_eur(a.eur)} en jeu){NNBSP}: {a.raison}",
            *_readings(a, "  "),
        ]
    return "\n".join(lines)


def _readings(a: Ambiguity, indent: str) -> list[str]:
    return [
        f"{indent}{n}. {r.texte} (source{NNBSP}: {SEP.join(r.citations)})"
        for n, r in enumerate(a.lectures, 1)
    ]


def explanation_text(title: str, ex: Explanation) -> str:
    """Groups, then each indicator's rule, value, parameters and verdict, then what is missing."""
    lines = [f"Pourquoi ce résultat — {title}"]
    if ex.valeur_point is not None:
        lines.append(f"Valeur du point\u202f: {ex.valeur_point.texte}{_cited(ex.valeur_point)}.")
    for g in ex.groupes:
        lines += ["", *_group(g)]
        for t in ex.indicateurs:
            if t.groupe == g.id:
                lines += _indicator(t)
    labels = {(t.id, c.id): c.libelle for t in ex.indicateurs for c in t.composantes}
    lines += ["", *_missing(ex.manquants, ex.unite, labels)]
    return "\n".join(lines)


def _cited(p: Parameter) -> str:
    return f" (source{NNBSP}: {SEP.join(p.sources)})" if p.sources else ""


def _group(g: GroupTrace) -> list[str]:
    lines = [f"■ {g.libelle}", f"  Règle\u202f: {g.regle}"]
    lines += [f"  Montant\u202f: {p.texte}{_cited(p)}." for p in g.parametres]
    lines.append(f"  État\u202f: {g.pourquoi}")
    return lines


def _indicator(t: IndicatorTrace) -> list[str]:
    lines = [
        f"  • {t.libelle} — {STATUS[t.statut]}",
        f"      Règle\u202f: {t.regle}",
    ]
    if t.statut_exercice != "neutralise":
        lines.append(f"      Réponse\u202f: {_answer(t.reponse, t.cible_type)}")
        if t.valeur_retenue is not None and t.calcul:
            lines.append(f"      Valeur retenue\u202f: {t.calcul}")
        lines += [f"        – {_component(c)}" for c in t.composantes]
        lines += [f"      {_parameter(p)}" for p in t.parametres]
    lines.append(f"      Verdict\u202f: {t.pourquoi}")
    if t.ambiguite is not None:
        lines.append(f"      Deux lectures ({fmt_eur(t.ambiguite.eur)} en jeu){NNBSP}:")
        lines += _readings(t.ambiguite, "        ")
    if t.sources:
        lines.append(f"      Sources{NNBSP}: {SEP.join(t.sources)}")
    return lines


def _parameter(p: Parameter) -> str:
    name = {"seuil": "Seuil", "plafond": "Plafond"}.get(p.nom, "Montant")
    return f"{name}\u202f: {p.texte}{_cited(p)}."


def _component(c: ComponentTrace) -> str:
    text = f"{c.libelle}\u202f: {_answer(c.reponse, 'taux' if '%' in c.regle else '')}"
    if c.statut is not None:
        text += f" — {STATUS[c.statut]} ({c.regle})"
    return text


def _answer(value: Any, kind: str) -> str:
    if value in (NOT_ANSWERED, DONT_KNOW):
        return str(value)
    if value == AMBIGU:
        return "une situation que les textes lisent de deux façons"
    if value is True:
        return "oui"
    if value is False:
        return "non"
    if isinstance(value, dict):
        return "détaillée ci-dessous" if value else "détail à donner"
    if kind in ("taux", "moyenne"):
        return f"{fmt_number(round(value, 2))}{NNBSP}%"
    if kind == "points_declares":
        return fmt_points(value)
    return fmt_number(value)


def _missing(
    missing: list[MissingAnswer], unite: str, labels: dict[tuple[str, str], str]
) -> list[str]:
    if not missing:
        return ["Aucune réponse ne manque."]
    lines = [
        "Réponses manquantes, de celle qui peut le plus changer le montant à celle qui ne "
        "change rien\u202f:"
    ]
    for rank, m in enumerate(missing, 1):
        rest = ", ".join(labels[m.id, c] for c in m.composantes)
        parts = f" (reste\u202f: {rest})" if rest else ""
        worth = f"jusqu'à {fmt_eur(m.eur)}" if m.eur > 0 else "0 €"
        if m.eur > 0 and unite == "points" and m.points:
            worth += f" ({fmt_points(m.points)})"
        lines.append(f"  {rank}. {m.libelle}{parts}\u202f: {worth}. {m.raison}")
    return lines
