"""An amount missing, read back into the indicator worth it: « il me manque 1 400 € sur mon
forfait structure, c'est quel indicateur ? » is the SAS (200 points) in 2025. The exercice's
rules list what each indicator (or each rate of a bundle paid rate by rate) pays; the reply
names the ones worth exactly the amount, or nothing when none is (another reading is then
left to the CPAM, never guessed)."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.faq_text import fold
from bot.messages import Message, bold, line
from bot.received_answers import _message
from bot.rule_answers import Case
from bot.rule_facts import _q
from calculators.french import NNBSP, fmt_eur, fmt_points
from knowledge.schema import Dispositif

# Money short of what was expected: "il me manque 1 400 €", "157,50 € de moins que prévu"
MISSING = re.compile(r"\b(manqu\w*|de moins|en moins)\b")
# The indicator asked of it: "c'est quel indicateur ?", "c quel genre d'indicateur qui vaut ça"
WHICH_ONE = re.compile(
    r"\b(quel(?:le)?s? (?:genre d'|type d'|sorte d')?(?:indicateurs?|items?|lignes?)|"
    r"qui vaut ca|correspond\w* a quoi|a quoi (?:ca )?correspond\w*)\b"
)
# "1 400 €", "1400 balles", "157,50 €"
AMOUNT = re.compile(
    r"(?<![\d,./])(\d{1,2}[ \u202f\u00a0]?\d{3}|\d{2,4})(?:[.,](\d{1,2}))? ?"
    r"(?:€|e\b|eur\b|euros?\b|balles\b)"
)


def missing_reply(text: str, case_for: Callable[[int | None], Case | None]) -> Message | None:
    """The indicators worth the one amount the question says is missing, on the case it
    names or the one assumed; None unless one at least is worth exactly that."""
    folded = fold(text)
    if not MISSING.search(folded) or not WHICH_ONE.search(folded):
        return None
    amounts = AMOUNT.findall(folded)
    if len(amounts) != 1:
        return None
    whole, cents = amounts[0]
    amount = int(re.sub(r"\D", "", whole)) + (int(cents.ljust(2, "0")) / 100 if cents else 0)
    case = case_for(None)
    if case is None:
        return None
    d = case.dispositif
    worth = [(label, within) for label, eur, within in _paid_each(d) if abs(eur - amount) < 0.01]
    if not worth:
        return None
    # the rates of one bundle together: "« AAT », « PSE » (dans « Usage des téléservices »)"
    groups: dict[str | None, list[str]] = {}
    for label, within in worth:
        groups.setdefault(within, []).append(_q(label))
    named = ", ".join(
        ", ".join(labels) + (f" (dans {_q(within)})" if within else "")
        for within, labels in groups.items()
    )
    unit = d.unite == "points" and d.valeur_point
    each = f" ({fmt_points(amount / d.valeur_point)})" if unit and d.valeur_point else ""
    said = (
        f"chacun de ces indicateurs{each} pour l'exercice {case.exercice}{NNBSP}: {named}"
        if len(worth) > 1
        else f"l'indicateur {named}{each} pour l'exercice {case.exercice}"
    )
    met = "Si l'un d'eux était atteint" if len(worth) > 1 else "S'il était atteint"
    lines = [
        line(bold(f"{fmt_eur(amount)} de moins — {d.libelle}")),
        line(f"C'est ce que vaut {said}."),
        line(f"Vérifiez le détail de vos indicateurs sur amelipro. {met}, demandez à votre CPAM."),
    ]
    return _message(lines, d)


def _paid_each(d: Dispositif) -> list[tuple[str, float, str | None]]:
    """What is paid on its own, its worth in euros and the bundle it is a rate of: the
    indicators of blocks paid item by item, and the rates of a bundle paid rate by rate (the
    2025 téléservices)."""
    blocks = {g.id for g in d.groupes if g.regle == "tous_requis"}
    point = d.valeur_point or 0
    out: list[tuple[str, float, str | None]] = []
    for i in d.indicateurs:
        if i.groupe in blocks:
            continue
        eur = i.eur if i.eur is not None else (i.points or 0) * point
        if eur:
            out.append((i.libelle, eur, None))
        if i.agregation == "somme":
            for c in i.composantes:
                part = c.eur if c.eur is not None else (c.points or 0) * point
                if part:
                    out.append((c.libelle, part, i.libelle))
    return out
