"""A number of points told, in euros: « amelipro m'affiche 340 points prévisionnels, ça fait
quel montant ? ». The exercice's point value gives it (7 € for the forfait structure and the
Donum); no FAQ entry holds every total someone reads on their dashboard."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.faq_text import MAXIMUM, fold
from bot.messages import Block, Line, Message, bold, italic, line
from bot.received_answers import EUROS, WHICH, _euros, _items, _listed, _paying, _short, several
from bot.rule_answers import Case
from bot.rule_facts import _labels
from calculators.french import NNBSP, fmt_eur, fmt_number, fmt_points
from knowledge.schema import Dispositif, Groupe

# "340 points", "1 163 pts", "302,5 points"; not "22,5 points sur 110" (a part of a worth).
POINTS = re.compile(r"(?<![\d,])(\d{1,2} ?\d{3}|\d{2,4})(?:[.,](\d))? ?(?:points?|pts)\b(?! sur)")
# A total read as a label then its figure: "total points : 1 115" (amelipro's line)
LABEL_FIRST = re.compile(r"\b(?:points?|pts) ?: ?(\d{1,2} ?\d{3}|\d{2,4})\b(?! ?(?:%|€))")
# Money asked of them: "ça fait quel montant ?", "combien en euros ?" (not "c'était combien
# de points ?", which asks points).
IN_EUROS = re.compile(
    r"\b(quel montant|montant|en euros?|ca (?:fait|donne|ferait|me ferait|represente)(?! \w+er\b)|"
    r"soit combien|convert\w*)\b(?! de points)"
    r"|\ben €"  # "ça fait combien en € chaque année ?"
)
MAX_SUMMED = 4  # points told together and summed: "280 points de volet 1 et 350 de volet 2"
YEARS_TOLD = re.compile(r"\b20[1-3]\d\b")
EUROS_SAID = re.compile(r"€|\beuros?\b|\bmontant\b")
# Points worth less are an indicator's own, asked otherwise (« les 20 points de l'appli »).
LEAST = 100
# Points told as one's total, read somewhere or reckoned: "j'arrive à 340 points", "amelipro
# affiche 340 points prévisionnels". They are converted before any story is summed again.
TOTAL_TOLD = re.compile(
    r"\b(arrive a|affiche\w*|ecrit|indique|total|simulation|calcul\w*|estim\w*)\b[^.?!]{0,40}$"
)
# Another number of points told after the first ("400 pts en 2022 et 280 en 2023", "130
# points en 2019, 70 en 2020"), and a gap asked of them.
OTHER_POINTS = re.compile(
    r"^(?: en 20\d\d)?(?:[^.?!\d]{0,12}\bet|,) (?:de |a )?(\d{2,4})\b(?! ?%)"
    r"(?! ?(?:€|e\b|euros?))"
)
GAP_ASKED = re.compile(r"\b(ecart|difference|de moins|de plus|perdu|perte)\b")
# Points asked of an amount: "ça correspond à combien de points ?", "en points ?"
POINTS_ASKED = re.compile(r"\b(combien de (points|pts)|en (points|pts)|nombre de points)\b")
# The most asked, in points and euros: « j'ai touché 5 600 €… c'est combien le maximum de la
# Donum, en points et en euros ? » asks no conversion of the amount told
MOST_ASKED = re.compile(rf"\b({MAXIMUM}|max|plafond)\b")
# A block's status told: "volet 1 atteint", "volet 1 ok".
MET = r"(?:atteint|ok|valide|rempli|complet)\b"
TOTAL_AFTER = re.compile(r"^ ?(?:prevision\w*|au total|en tout)\b")


def euros_in_points(text: str, case_for: Callable[[int | None], Case | None]) -> Message | None:
    """The points an amount in euros is worth (« 5 439 €, ça fait combien de points ? »), on
    the scheme counted in points the question or the session names; None otherwise."""
    folded = fold(text)
    if not POINTS_ASKED.search(folded) or MOST_ASKED.search(folded):
        return None
    amounts = EUROS.findall(folded)
    if len(amounts) != 1 or POINTS.search(folded):
        return None
    case = _counted_in_points(case_for)
    if case is None:
        return None
    d, eur = case.dispositif, _euros(amounts[0])
    points = eur / d.valeur_point
    shown = (
        fmt_points(round(points))
        if abs(points - round(points)) < 0.05
        else (f"{fmt_number(round(points, 1))} points")
    )
    lines = [
        line(bold(f"{fmt_eur(eur)} en points — {d.libelle}")),
        line(
            f"{fmt_eur(eur)} ÷ {fmt_eur(d.valeur_point)} = {shown}, le point valant "
            f"{fmt_eur(d.valeur_point)} pour l'exercice {case.exercice}."
        ),
    ]
    return _with_sources(lines, d)


def _gate_met(folded: str, before: str, d: Dispositif) -> Groupe | None:
    """The block paid whole that the question says met, when the points told are those of
    the block it gates (« volet 1 atteint ; volet 2 : 255 points »)."""
    for g in d.groupes:
        if g.regle != "tous_requis" or not g.points:
            continue
        name = _block_name(g)
        gated = [x for x in d.groupes if g.id in x.prerequis]
        met = re.search(rf"\b{name}\W{{0,3}}{MET}", folded)
        if met and any(re.search(rf"\b{_block_name(x)}\W{{0,4}}$", before) for x in gated):
            return g
    return None


def _block_name(g: Groupe) -> str:
    """ "volet 1" for "Volet 1 : équipement du cabinet (…)", as a pattern."""
    return re.escape(fold(_short(g.libelle)))


# Points the asker already turned into euros: "je calcule 370 points soit 2 590 €, c'est bon ?"
# puts the sum of what it lists to the test, not the conversion
CONVERTED = re.compile(r"\d ?(points?|pts),? (soit|donc|=|ce qui fait) \d[\d ]* ?(€|euros?\b)")


def points_told(text: str) -> bool:
    """Whether the question tells a total in points it reckoned or read, to be converted."""
    folded = LABEL_FIRST.sub(r"\1 points", fold(text))
    found = list(POINTS.finditer(folded))
    if _summed_asked(folded, len(_told_points(folded))):
        return True
    return (
        len(found) == 1
        and not CONVERTED.search(folded)
        and bool(
            TOTAL_TOLD.search(folded[: found[0].start()])
            or TOTAL_AFTER.match(folded[found[0].end() :])
        )
    )


def points_reply(text: str, case_for: Callable[[int | None], Case | None]) -> Message | None:
    """The euros of the one number of points the question tells, on the scheme counted in
    points that the question or the session names (`case_for(None)`, read only then); None
    otherwise."""
    folded = LABEL_FIRST.sub(r"\1 points", fold(text))
    found = POINTS.findall(folded)
    if not IN_EUROS.search(folded):
        return None
    told = _told_points(folded)
    if _summed_asked(folded, len(told)):
        return _summed(told, case_for)  # "280 points de volet 1 et 350 de volet 2 = 4 410 € ?"
    if len(found) == 2:
        return _by_year(folded, case_for)  # "640 points en 2022, 698 points en 2023"
    if len(found) != 1:
        return None
    case = _counted_in_points(case_for)
    if case is None:
        return None
    d = case.dispositif
    points = _points(*found[0])
    if points < LEAST:
        return None
    told = POINTS.search(folded)
    assert told is not None
    other = OTHER_POINTS.match(folded[told.end() :]) if GAP_ASKED.search(folded) else None
    if other is None and len(set(re.findall(r"\b20[1-3]\d\b", folded))) > 1:
        return None  # "150 points en 2023. C'était combien en 2021 ?": the other year's worth
    gate = _gate_met(folded, folded[: told.start()], d)
    added = ""
    if other is not None:  # "400 pts en 2022 et 280 en 2023, cb d'euros d'écart ?": the gap
        then = int(re.sub(r"\D", "", other.group(1)))
        added = f"{fmt_points(points)} − {fmt_points(then)} = "
        points = abs(points - then)
    elif gate is not None:  # "volet 1 atteint ; volet 2 : 255 points": the volet 1's points too
        added = f"{_short(gate.libelle)} ({fmt_points(gate.points)}) + {fmt_points(points)} = "
        points += gate.points
    eur = points * d.valeur_point
    lines = _converted(case, points, added, "Écart de " if other else "")
    if WHICH.search(folded):  # "… et ça correspond à quels indicateurs ?"
        combos, count, always = _paying(_items(d), eur)
        if count == 1:
            lines.append(line(f"Ce total correspond à{NNBSP}: {_listed(combos[0], d)}."))
        elif count:
            lines += several(combos, count, always, eur, d, "ce total")
        else:
            lines.append(
                line(
                    "Aucune combinaison d'indicateurs de l'exercice ne fait ce total : "
                    "demandez le détail à l'auteur du calcul ou à votre CPAM."
                )
            )
    return _with_sources(lines, d)


# Points told each with its year: "640 points en 2022, 698 points en 2023", "578 points pour
# 2023 et 618 points pour 2024"
YEAR_POINTS = re.compile(
    r"(?<![\d,])(\d{1,2} ?\d{3}|\d{2,4}) ?(?:points?|pts) (?:en|pour|sur) (?:l'exercice )?"
    r"(20[1-3]\d)\b"
)


def _by_year(folded: str, case_for: Callable[[int | None], Case | None]) -> Message | None:
    """Two totals in points, each told with its year: each one's euros at its year's point
    value, and the gap between them; None unless both years count in points."""
    told = [(float(re.sub(r"\D", "", p)), int(y)) for p, y in YEAR_POINTS.findall(folded)]
    if len(told) != 2 or told[0][1] == told[1][1] or min(p for p, _ in told) < LEAST:
        return None
    cases = [case_for(y) for _, y in told]
    ds = [c.dispositif for c in cases if c is not None]
    if len(ds) != 2 or any(d.unite != "points" or not d.valeur_point for d in ds):
        return None
    euros = [p * (d.valeur_point or 0) for (p, _), d in zip(told, ds, strict=True)]
    (pa, ya), (pb, yb) = told
    lines = [line(bold(f"{fmt_points(pa)} en {ya} et {fmt_points(pb)} en {yb}, en euros"))]
    for (p, y), d, eur in zip(told, ds, euros, strict=True):
        said = f"{fmt_points(p)} × {fmt_eur(d.valeur_point or 0)} = {fmt_eur(eur)}"
        lines.append(line(f"{y}{NNBSP}: {said}."))
    if pa != pb:
        way = "de plus" if pb > pa else "de moins"
        gap = f"{fmt_points(abs(pb - pa))}, soit {fmt_eur(abs(euros[1] - euros[0]))}"
        lines.append(line(f"Écart{NNBSP}: {gap} {way} en {yb}."))
    return _with_sources(lines, ds[-1])


# A second number of points joined to a first, its unit left out: "280 pts de volet 1 et
# 350 de volet 2"
JOINED = re.compile(
    r"^(?:[^?.!\d]|\b(?:volet|indicateur) \d\b){0,30}\bet (\d{2,4})\b"
    r"(?! ?(?:%|€|e\b|euros?|points?|pts))"
)


def _told_points(folded: str) -> list[tuple[str, str]]:
    """The numbers of points told, with a second one whose unit the first gives."""
    found = list(POINTS.finditer(folded))
    told = [(m[1], m[2] or "") for m in found]
    if len(found) == 1 and not YEARS_TOLD.search(folded[found[0].end() :]):
        joined = JOINED.match(folded[found[0].end() :])
        if joined is not None:
            told.append((joined[1], ""))
    return told


def _counted_in_points(case_for: Callable[[int | None], Case | None]) -> Case | None:
    """The case asked (`case_for(None)`), if its scheme counts in points of a known value."""
    case = case_for(None)
    if case is None or case.dispositif.unite != "points" or not case.dispositif.valeur_point:
        return None
    return case


def _points(whole: str, tenth: str) -> float:
    """ "1 115", "" → 1115; "302", "5" → 302.5."""
    return int(re.sub(r"\D", "", whole)) + (int(tenth) / 10 if tenth else 0)


def _summed_asked(folded: str, told: int) -> bool:
    """Several numbers of points told of one year, their euros asked: to be summed (not
    "20 points chacun, donc 40 points ça me ferait ?", points asked)."""
    return (
        1 < told <= MAX_SUMMED
        and bool(IN_EUROS.search(folded))
        and bool(EUROS_SAID.search(folded))
        and not GAP_ASKED.search(folded)
        and len(set(YEARS_TOLD.findall(folded))) < 2
    )


def _summed(
    found: list[tuple[str, str]], case_for: Callable[[int | None], Case | None]
) -> Message | None:
    """The euros of several numbers of points told together, summed."""
    case = _counted_in_points(case_for)
    if case is None:
        return None
    each = [_points(*told) for told in found]
    points = sum(each)
    if points < LEAST:
        return None
    added = " + ".join(fmt_points(p) for p in each) + " = "
    return _with_sources(_converted(case, points, added), case.dispositif)


def _converted(case: Case, points: float, added: str = "", prefix: str = "") -> list[Line]:
    """ "1 115 points en euros — …", then "[what was added = ]1 115 points × 7 € = 7 805 €,
    le point valant 7 € pour l'exercice 2025."."""
    d = case.dispositif
    assert d.valeur_point
    eur = points * d.valeur_point
    said = f"{added}{fmt_points(points)} × {fmt_eur(d.valeur_point)} = {fmt_eur(eur)}"
    return [
        line(bold(f"{prefix}{fmt_points(points)} en euros — {d.libelle}")),
        line(f"{said}, le point valant {fmt_eur(d.valeur_point)} pour l'exercice {case.exercice}."),
    ]


def _with_sources(lines: list[Line], d: Dispositif) -> Message:
    """The lines, then the sources of the point's value (a public page sends to the CPAM)."""
    cited = list(d.valeur_point_sources or d.sources)
    source = [line(italic(f"Source : {' ; '.join(_labels(cited))}"))]
    if any(s.confiance != "officiel" for s in cited):  # a public page, not a guide
        source.append(line(italic("Source secondaire : à confirmer auprès de votre CPAM.")))
    return Message((Block(tuple(lines)), Block(tuple(source))))
