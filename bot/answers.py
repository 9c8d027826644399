"""Numeric questions and typed answers: how a question states its target, and what a reading
of bot/understand.py stands for at that question.

The engine asks the questions; this module words what a numeric question adds ("Objectif
≥ 70 %. Tapez votre taux, ex. 82, ou touchez un bouton."), gives the buttons that state the
target ("70 % ou plus", "Moins de 70 %"), and turns an `Interpretation` into what is recorded:
a button's valeur, a number, named rates, or a reason to ask again. Every threshold comes from
the compiled `Cible` (knowledge/wording.py words it): none is typed here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from bot.understand import RATE_NAMES, RESERVED_YES, Interpretation, Kind, decide
from calculators.forfait import verdict
from calculators.french import fmt_number
from calculators.values import fold
from knowledge.schema import Cible
from knowledge.wording import choice_labels, shown

NSP = "nsp"  # the valeur of "Je ne sais pas"
NNBSP = "\u202f"
DONT_KNOW = f"«{NNBSP}je ne sais pas{NNBSP}»"
KINDS: dict[str, Kind] = {
    "taux": "percent",
    "moyenne": "rates",
    "nombre": "count",
    "points_declares": "points",
}


def kind_of(cible: Cible) -> Kind:
    """What a question on this target expects typed: a percentage, a count, points, rates."""
    return KINDS.get(cible.type, "choice")


def _wording(cible: Cible) -> dict[str, Any]:
    return {"type": cible.type, "operateur": cible.operateur, "valeur": cible.valeur}


def target(cible: Cible, wording: bool = True) -> str:
    """The target in a few words: "Objectif ≥ 66,67 % (≥ 2/3 des feuilles de soins)",
    "Objectif : moyenne ≥ 60 %", "De 0 à 360 points". `wording`: with the guide's own words
    when they say more than the figure."""
    if cible.type == "points_declares":
        return f"De 0 à {fmt_number(cible.max or 0)} points"
    if cible.valeur is None:
        text = cible.texte or "Objectif non publié dans nos sources"
        return text[0].upper() + text[1:]
    sign = "≥" if cible.operateur == ">=" else ">"
    figure = shown(_wording(cible))
    if cible.type == "moyenne":
        return f"Objectif : moyenne {sign} {figure}"
    said = f"Objectif {sign} {figure}"
    if wording and cible.texte and figure not in cible.texte:  # "≥ 2/3 des feuilles de soins"
        said += f" ({cible.texte})"
    return said


def target_buttons(cible: Cible) -> list[tuple[str, str]]:
    """The two buttons of a numeric question, each stating which side of the target it is."""
    if cible.type == "points_declares":
        return []
    if cible.valeur is None:
        return [("Oui, objectif atteint", "oui"), ("Non", "non")]
    if cible.type == "nombre" and cible.operateur == ">=" and cible.valeur == 1:
        return [("Au moins 1", "oui"), ("Aucun", "non")]
    labels = choice_labels(_wording(cible))
    if cible.type == "moyenne":
        labels = {k: f"Moyenne : {v[0].lower()}{v[1:]}" for k, v in labels.items()}
    return [(labels["oui"], "oui"), (labels["non"], "non")]


def rate_sample(components: Sequence[str]) -> str:
    """ "DMT 90 FSE 85 PSE 80 AAT 75": how to type several rates at once."""
    names = [(RATE_NAMES.get(c) or (c.replace("_", " ").upper(),))[0] for c in components]
    return " ".join(f"{name} {90 - 5 * k}" for k, name in enumerate(names))


def typing_prompt(kind: Kind, cible: Cible, components: Sequence[str], buttons: bool) -> str:
    """The line under a numeric question: its target, its unit and what can be typed."""
    if kind == "rates" and cible.type == "moyenne":
        how = (
            f"Tapez vos {len(components)} taux, ex. «{NNBSP}{rate_sample(components)}{NNBSP}» "
            "(je calcule la moyenne), ou leur moyenne"
        )
    elif kind in ("percent", "rates") and cible.valeur is None and len(components) > 1:
        how = f"Tapez chaque taux, ex. «{NNBSP}{rate_sample(components[:3])}{NNBSP}»"
    elif kind in ("percent", "rates"):
        how = "Tapez votre taux, ex. 82"
        if len(components) > 1:
            how += f", ou chaque taux, ex. «{NNBSP}{rate_sample(components[:2])}{NNBSP}»"
    elif kind == "points":
        how = "Tapez le nombre de points affiché sur amelipro, ex. 120"
    else:
        how = "Tapez le nombre, ex. 3"
    return f"{target(cible)}. {how}{', ou touchez un bouton' if buttons else ''}."


def component_prompt(mean: Cible, remaining: Sequence[str]) -> str:
    """The line under one rate of a mean: what it counts in, and that the others can follow."""
    said = f"Ce taux entre dans la moyenne ({target(mean)[0].lower()}{target(mean)[1:]})."
    more = ""
    if len(remaining) > 1:
        more = f", ou les {len(remaining)} taux restants, ex. «{NNBSP}"
        more += f"{rate_sample(remaining)}{NNBSP}»"
    return f"{said} Tapez-le, ex. 82{more}."


def mean_note(mean: float, cible: Cible) -> str:
    """ "Moyenne de vos taux : 90,75 %, objectif atteint (moyenne ≥ 60 %)."."""
    said = f"Moyenne de vos taux : {fmt_number(round(mean, 2))}{NNBSP}%"
    if cible.valeur is None:
        return f"{said}."
    return _verdict(said, _met(cible, mean), cible)


def _typed_figure(value: float) -> str:
    """ "vous avez indiqué 150", in French digits; a huge figure is not spelled out."""
    if abs(value) >= 1e9:
        return "vous avez indiqué un nombre bien trop grand"
    return f"vous avez indiqué {fmt_number(round(value, 2))}"


def value_error(value: float, cible: Cible) -> str | None:
    """Why a typed figure cannot be this target's value; None when it can."""
    if cible.type in ("taux", "moyenne") and not 0 <= value <= 100:
        return f"Un pourcentage est compris entre 0 et 100 ({_typed_figure(value)})."
    if value < 0:
        return "Indiquez un nombre positif."
    if cible.type == "points_declares" and cible.max is not None and value > cible.max:
        return f"Au plus {fmt_number(cible.max)} points ({_typed_figure(value)})."
    return None


@dataclass(frozen=True)
class Taken:
    """What a typed answer stands for at one question. `retry` set: nothing is recorded; it
    says why, and the question is asked again."""

    value: Any = None  # a button's valeur ("oui", "non", NSP, a choice), a float, {rate: float}
    note: str = ""  # "J'ai compris : …", shown when the text was not literal
    retry: str = ""


_MEAN = re.compile(f"{NNBSP}?; moyenne [^.]*")
_PLAIN_NUMBER = re.compile(r"-?\d+(?:[.,]\d+)?")
_LITERAL_WORDS = {"oui", "non", "nsp", "je ne sais pas"}


def literal(raw: str, kind: Kind, buttons: Sequence[tuple[str, str]]) -> bool:
    """A text that needs no "J'ai compris": a button's label, oui/non, or a bare figure
    recorded as typed (at a choice a figure picks a button, at rates it is their mean: that
    is worth saying)."""
    t = fold(raw).replace(NNBSP, " ").replace("'", " ").replace("\u2019", " ")
    if t in _LITERAL_WORDS or t in {fold(label) for label, _ in buttons}:
        return True
    numeric = kind not in ("choice", "rates")  # one figure for four rates is their mean
    return numeric and bool(_PLAIN_NUMBER.fullmatch(t.replace("%", "").strip()))


def take(
    i: Interpretation,
    raw: str,
    kind: Kind,
    buttons: Sequence[tuple[str, str]],
    cible: Cible | None = None,
    figure: Interpretation | None = None,
) -> Taken:
    """What the reading `i` of `raw` records at a question expecting `kind`.

    `cible`: the target a figure is compared with (a numeric question's, or the one a
    threshold choice tests). `figure`: `raw` read as that target's quantity, for the reading
    shown when a figure typed at a yes/no choice picks a button.
    """
    note = "" if literal(raw, kind, buttons) else i.reading
    values = {v for _, v in buttons}
    if i.status == "unknown":
        return Taken(NSP, note)
    if i.status == "partial":
        return Taken({k: float(v) for k, v in i.rates.items()}, f"{i.reading} {i.hint}")
    if i.status == "value" and isinstance(i.value, bool):
        if kind != "choice" and not {"oui", "non"} <= values:  # "oui" asked a figure
            return Taken(retry=f"Il me faut un chiffre ici{NNBSP}: tapez-le, ou {DONT_KNOW}.")
        return Taken("oui" if i.value else "non", note)
    if i.status == "value" and isinstance(i.value, str):
        return Taken(i.value, note)
    if i.status == "value" and i.rates:
        # The mean, where it counts, is said by the engine against its target.
        return Taken({k: float(v) for k, v in i.rates.items()}, _MEAN.sub("", note))
    if i.status == "value" and kind != "choice" and isinstance(i.value, Fraction):
        value = float(i.value)
        if (
            note
            and cible is not None
            and cible.valeur is not None
            and value_error(value, cible) is None
        ):
            note = _verdict(note, _met(cible, value), cible)
        return Taken(value, note)
    typed = figure or i  # "2025" at « plus de 30 % ? »: no rate
    if typed.status == "value" and isinstance(typed.value, Fraction) and cible is not None:
        wrong = value_error(float(typed.value), cible)
        if wrong is not None:
            return Taken(retry=f"{wrong} Répondez avec un bouton ou un taux.")
    if i.status in ("value", "range") and cible is not None and cible.valeur is not None:
        met = decide(i, cible.operateur or ">=", cible.valeur)
        if met is not None and {"oui", "non"} <= values:
            return Taken("oui" if met else "non", _settled(figure or i, met, cible, buttons))
        said = (figure or i).reading.removesuffix(".")
        return Taken(
            retry=f"{said} : cela ne suffit pas à trancher ({_lower(target(cible))}). "
            f"Tapez le chiffre exact, ex. 82, ou {DONT_KNOW}."
        )
    if i.status == "range" and i.hint:  # between two labels: "Plus de 30 %" or not?
        return Taken(retry=f"{i.reading} {i.hint}")
    if i.status == "range" and kind != "choice":  # no published target to settle it
        return Taken(retry=f"{i.reading} Tapez le chiffre exact, ou {DONT_KNOW}.")
    hint = i.hint or _choices_hint(buttons)
    if hint == RESERVED_YES:  # "oui mais pas à jour": not read as a yes that pays
        return Taken(retry=f"«{NNBSP}{raw[:80]}{NNBSP}»{NNBSP}: {hint}")
    if hint.startswith("Précisez"):  # "oui" where two choices say yes
        return Taken(retry=f"«{NNBSP}{raw[:80]}{NNBSP}» va avec plusieurs choix. {hint}")
    if i.reading:  # understood, but no answer to this question: "les deux" at a yes/no
        return Taken(retry=f"{i.reading} {hint}")
    return Taken(retry=f"Je n'ai pas compris «{NNBSP}{raw[:80]}{NNBSP}». {hint}")


def _choices_hint(buttons: Sequence[tuple[str, str]]) -> str:
    labels = [f"«{NNBSP}{label}{NNBSP}»" for label, _ in buttons]
    if len(labels) < 2:
        return f"Touchez un bouton, ou tapez {DONT_KNOW}."
    listed = ", ".join(labels[:-1]) + " ou " + labels[-1]
    return f"Touchez un bouton, ou tapez l'un des choix{NNBSP}: {listed}."


def _settled(i: Interpretation, met: bool, cible: Cible, buttons: Sequence[tuple[str, str]]) -> str:
    """ "J'ai compris : environ 20 (entre 18 et 22), donc « 3 ou plus »."."""
    label = next(lab for lab, v in buttons if v == ("oui" if met else "non"))
    if label.startswith("Oui, objectif") or label == "Non":
        return _verdict(i.reading, met, cible)
    return f"{i.reading.removesuffix('.')}, donc «{NNBSP}{label}{NNBSP}»."


def _met(cible: Cible, value: float) -> bool | None:
    """Whether the value meets the target; None at a threshold the texts read two ways."""
    found = verdict(cible, value)
    return None if found == "ambigu" else found == "atteint"


def _verdict(reading: str, met: bool | None, cible: Cible) -> str:
    """ "J'ai compris : 66,67 %, sous l'objectif (≥ 70 %)."; at a threshold the texts read
    two ways, neither ("pile au seuil")."""
    goal = _lower(target(cible, False).removeprefix("Objectif : ").removeprefix("Objectif "))
    said = {True: "objectif atteint", False: "sous l'objectif"}.get(
        met, "pile au seuil, atteint ou non selon la lecture des textes"
    )
    return f"{reading.removesuffix('.')}, {said} ({goal})."


def _lower(text: str) -> str:
    return text[0].lower() + text[1:] if text[1:2].islower() else text
