"""When the FSE rate of a practitioner who starts teletransmitting starts counting: « première
FSE le 12 mai, mon taux est calculé depuis le 1er janvier ? ». The FAMI guide's rule: with no
FSE the year before, from the first day of the month after the first FSE; a start in December
counts from December (guide FAMI 2024, §1.4.1, « cas particulier »)."""

from __future__ import annotations

import re

from bot.faq_text import fold
from bot.messages import Block, Message, bold, line
from calculators.french import NNBSP

MONTHS = (
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
)
ACCENTED = ["janvier", "février", *MONTHS[2:7], "août", *MONTHS[8:11], "décembre"]
SHOWN = dict(zip(MONTHS, ACCENTED, strict=True))
# The start of one's FSE, dated by its month: "première FSE le 14 octobre", "installée en mai".
STARTED = re.compile(
    r"\b(premiere fse|1(ere|re)? fse|premiere feuille de soins(?: electronique)?|"
    r"commence\w* a teletransm\w*|installe\w*|demarr\w*|"
    r"debut\w* (mon |d'|de mon )?activite|debut\w* a teletransm\w*)\b[^.?!]{0,30}?"
    rf"\b(?:le \d{{1,2}}(?:er)? |en |au mois de |debut |fin |mi-?)?({'|'.join(MONTHS)})\b"
)
# "la version addendum 8 installée depuis juin": a software installed, not the practitioner
THING_INSTALLED = re.compile(
    r"\b(logiciel|version|addendum \d+|mise a jour|maj|ordinateur|lecteur|messagerie|"
    r"connecteur|module)\s*(\S+\s*){0,3}$"
)
# What is asked of the rate: its period ("calculé depuis quand", "pris en compte").
RATE_ASKED = re.compile(r"\b(taux|fse|teletransmission)\b")
SOURCE = (
    "guide méthodologique FAMI 2024, Cnam, 1.4.1. Description de l'indicateur ({}) ; "
    "3. Calcul de la rémunération"
)


def fse_period(text: str) -> str | None:
    """The rate's period for the first FSE the text dates (« première FSE le 15 mai »), said
    in one sentence, or None when it dates none."""
    folded = fold(text)
    m = _started(folded)
    return _period(m) if m is not None else None


def _started(folded: str) -> re.Match[str] | None:
    found = [m for m in STARTED.finditer(folded) if not THING_INSTALLED.search(folded[: m.start()])]
    # "installée en avril, première FSE en mai": the first FSE dates the period
    m = next((x for x in found if "fse" in x[1] or "teletransm" in x[1]), None)
    return m or (found[0] if found else None)


def _period(m: re.Match[str]) -> str:
    month = MONTHS.index(m[4])
    first = SHOWN[MONTHS[month]]
    fse = "fse" in m[1] or "teletransm" in m[1]
    start = f"Première FSE en {first}" if fse else f"Début en {first} (première FSE ce mois-là)"
    if month == len(MONTHS) - 1:
        return (  # the guide's particular case: a start in December counts from December
            f"{start}{NNBSP}: cas particulier prévu par le guide, la période de calcul commence "
            "en décembre : vous êtes bien pris en compte dans le calcul du taux de FSE de "
            "l'année. Le FAMI, lui, n'est pas proratisé : il est apprécié au 31/12."
        )
    after = SHOWN[MONTHS[month + 1]]
    return (
        f"{start}{NNBSP}: si vous n'avez pas télétransmis l'année précédente, votre taux de "
        f"télétransmission est calculé du 1er {after} au 31 décembre, pas depuis le 1er "
        "janvier. Le FAMI, lui, n'est pas proratisé : il est apprécié au 31/12."
    )


def fse_start(text: str, target: str | None = None) -> Message | None:
    """The month the rate's period starts, or None when the question dates no first FSE;
    `target`, the rate's objective on the exercice asked (« ≥ 70 % des actes en FSE »)."""
    folded = fold(text)
    m = _started(folded)
    if m is None or not RATE_ASKED.search(folded[m.end() :] + " " + folded[: m.start()]):
        return None
    said = _period(m)
    december = MONTHS.index(m[4]) == len(MONTHS) - 1
    part = "cas particulier d'un début d'exercice en décembre" if december else "taux de FSE"
    if target:
        said += f" Objectif du taux{NNBSP}: {target}."
    return Message(
        (
            Block((line(bold("Taux de télétransmission : début de la période de calcul")),)),
            Block((line(said),)),
            Block(
                (line(f"Source{NNBSP}: {SOURCE.format(part)} (FAMI des chirurgiens-dentistes)."),)
            ),
        )
    )
