"""The gap between two payments, read back into indicators: a colleague's and one's own
(« mon associé a touché 840 € de plus que moi », « j'ai 890 €, ma consœur 940 €, d'où vient
l'écart ? »), or one's own before and after (« je passe de 590 à 1240 si… ? »). The
exercice's rules say which indicator, or which few together, are worth the gap, or which one
paid in place of another makes it (the FAMI's 350 € against 300 €); amelipro and the CPAM
say which it was. No guess when nothing fits."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import permutations

from bot.faq_text import fold
from bot.messages import Line, Message, bold, line
from bot.question_scope import VSM
from bot.received_answers import EUROS, Item, _euros, _items, _listed, _message, _points, _sums
from bot.rule_answers import Case
from calculators.french import NNBSP, fmt_eur, fmt_number

# What the gap comes from, asked: "d'où vient l'écart ?" ("ca vient d ou", typed), "ça
# correspond à quoi ?", "c'est ça qui explique l'écart ?", "comment il a fait ?"
ORIGIN_ASKED = re.compile(
    r"\b(d'? ?ou vien\w*|vien\w* d'? ?ou|ca vient de quoi|venir de quoi|viennent de quoi|"
    r"correspond\w* a quoi|a quoi (ca )?correspond\w*|expliqu\w*|pourquoi|"
    r"comment (il|elle) a fait|(je|j'ai) (rate|loupe)\w* quoi|(il )?me manque quoi|"
    r"qu'est[- ]ce qui me manque|"
    # "c koi la diff ?", "qu'est-ce que ça peut être ?"
    r"(quoi|koi) la diff\w*|qu'?est[- ]ce que (ca|ce) (peut|pourrait) etre|ca peut etre quoi)\b"
)
AMOUNT = r"(\d{1,2}[ \u202f\u00a0]?\d{3}|\d{1,4})(?:[.,](\d{1,2}))?"
# The gap told: "840 € de plus que moi" ("de + que"), "les 560 € d'écart", "un écart de 50 €"
GAP_TOLD = re.compile(
    rf"(?<![\d,./]){AMOUNT} ?(?:€|e\b|eur\b|euros?\b)? ?"
    r"(?:de (?:plus|\+)|de moins|en plus|en moins) (?:que|qu')"
    rf"|(?<![\d,./]){AMOUNT} ?(?:€|e\b|eur\b|euros?\b)? d'ecart\b"
    rf"|\b(?:ecart|difference) de {AMOUNT} ?(?:€|e\b|eur\b|euros?)"
)
# Two people's amounts: the asker's and a colleague's
PARTNER = re.compile(
    r"\b(mon|ma|notre|son|sa) (associee?|collegue|confrere|consoeur|voisine?)\b|\b(lui|elle)\b"
)
ASKER = re.compile(r"\b(moi|j'?ai|je|mon suivi|me donne)\b")
# The asker's amount typed without its unit after « moi »: "… et moi 2100, pk ?", "moi
# j'estime 2 800" (not a year, points or a rate)
MINE_BARE = re.compile(
    r"\bmoi:? (?:(?:j'?estime|j'?ai|je touche|je pense) )?(?!20[1-3]\d\b)(\d{1,2} ?\d{3}|\d{3,4})\b"
    r"(?![.,]\d)(?! ?(?:points?|pts|%|€|e\b|eur))"
)
# The colleague's amount typed without its unit after what he got: "a touché 2940"
PARTNER_BARE = re.compile(
    r"\b(?:touche|eu|recu|percu|annonce)\w* (?!20[1-3]\d\b)(\d{1,2} ?\d{3}|\d{3,4})\b"
    r"(?![.,]\d)(?! ?(?:points?|pts|%|€|e\b|eur))"
)
# Ways to make the gap shown, at most
SHOWN = 3


# One's amount going from one figure to another: "je passe de 590 à 1240 si je prends…"
FROM_TO = re.compile(
    rf"\bpass\w* de {AMOUNT} ?(?:€|e\b|eur\b|euros?\b)? a {AMOUNT}(?![\d.,])"
    # money, not "de 2 à 3 interventions", "de 400 à 500 points"
    r"(?! ?(?:points?|pts|%|fse|actes?|interventions?|patients?|etudiants?)\b)"
)


def gap_told(folded: str) -> float | None:
    """The gap between two payments the question tells, or None: said as a gap, as the
    asker's amount and a colleague's (the only two amounts in euros), or as one's amount
    going from one figure to another."""
    moved = FROM_TO.search(folded)
    if moved is not None and not VSM.search(folded):
        return abs(_amount(moved[3], moved[4]) - _amount(moved[1], moved[2])) or None
    if not ORIGIN_ASKED.search(folded) and "ecart" not in folded:
        return None
    if not PARTNER.search(folded) or VSM.search(folded):
        return None  # one's own two years (`received_answers`), or the VSM forfait
    if len(set(re.findall(r"\b20[1-3]\d\b", folded))) > 1:
        return None  # "9 695 € en 2022 et 5 145 € en 2023": years compared, not two people
    m = GAP_TOLD.search(folded)
    if m is not None:
        whole, cents = next((m.group(k), m.group(k + 1)) for k in (1, 3, 5) if m.group(k))
        return _amount(whole, cents)
    if not ASKER.search(folded):
        return None
    amounts = [_euros(e.group(1)) for e in EUROS.finditer(folded)]
    if not amounts:  # "mon confrère a touché 2940 et moi j'estime 2380": both without unit
        amounts = [float(re.sub(r"\D", "", m[1])) for m in PARTNER_BARE.finditer(folded)][:1]
    mine = MINE_BARE.search(folded) if len(amounts) == 1 else None
    if mine is not None:  # "mon associé a eu 2940 e et moi 2100": the asker's, unit left out
        amounts.append(float(re.sub(r"\D", "", mine[1])))
    if len(amounts) != 2 or amounts[0] == amounts[1]:
        return None
    return abs(amounts[0] - amounts[1])


def _amount(whole: str, cents: str | None) -> float:
    """ "1 240" and None, "157" and "5": the euros told."""
    return float(re.sub(r"\D", "", whole)) + (float(cents.ljust(2, "0")) / 100 if cents else 0)


def gap_reply(text: str, case_for: Callable[[int | None], Case | None]) -> Message | None:
    """Which indicators are worth the gap told, on the exercice the question or the session
    names; None when no gap is told, or no indicator makes it."""
    folded = fold(text)
    gap = gap_told(folded)
    case = case_for(None) if gap is not None else None
    if gap is None or case is None or case.dispositif.exercice is None:
        return None
    d = case.dispositif
    items = _items(d)
    sums = sorted(_sums(items, gap), key=len)
    swaps = [(a, b) for a, b in permutations(items, 2) if abs(a.eur - b.eur - gap) < 0.5]
    if not sums and not swaps:
        return None
    lines: list[Line] = [line(bold(f"Écart de {fmt_eur(gap)} — {d.libelle}"))]
    if d.unite == "points" and d.valeur_point:
        points = gap / d.valeur_point
        lines.append(
            line(f"{fmt_eur(gap)} = {fmt_number(points)} points × {fmt_eur(d.valeur_point)}.")
        )
    lines += _ways(sums, swaps, case)
    if case.note:  # the FAMI 2026: the 2025 rules carried over
        lines.append(line(case.note[:1].upper() + case.note[1:]))
    lines.append(
        line("Le détail de ce qui est validé est sur amelipro ; sinon, demandez à votre CPAM.")
    )
    return _message(lines, d)


def _ways(sums: list[tuple[Item, ...]], swaps: list[tuple[Item, Item]], case: Case) -> list[Line]:
    """The indicators worth the gap, one or a few together, then one paid in place of
    another."""
    d = case.dispositif
    out: list[Line] = []
    if sums:
        head = "Ce qui vaut cet écart" + (
            f", par exemple{NNBSP}:" if len(sums) > SHOWN else f"{NNBSP}:"
        )
        out.append(line(head))
        out += [line(f"• {_listed(s, d)}") for s in sums[:SHOWN]]
    lead = "Ou un indicateur" if sums else "Un indicateur"
    for a, b in swaps[: SHOWN if not sums else 1]:
        out.append(
            line(
                f"{lead} à la place d'un autre{NNBSP}: {a.label} ({_points(a.eur, d)}) d'un "
                f"côté, {b.label} ({_points(b.eur, d)}) de l'autre."
            )
        )
    return out
