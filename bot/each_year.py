"""A message that asks about several exercices' amounts ("combien chaque année ?", "montant
2023 et 2024 ?", "donnez-moi les deux montants", "quel écart ?"). When the reply found bears on
one exercice only (an indicator's verdict, a year's total, an entry silent on some years), it
answers another question: the bot says it could not read the story year by year and asks for
one year per message, rather than a figure beside the question (ticket 11, "same scope")."""

from __future__ import annotations

import re

from bot.faq_text import fold
from bot.question_scope import YEAR, YEAR_RANGE

_AMOUNT = (
    r"(combien|cb|montants?|quoi|total|touch\w*|gagn\w*|percu\w*|rapport\w*|euros?|vaut|valent|"
    r"represente\w*)"
)
_YEAR = r"20[1-3]\d"
EACH_YEAR_ASKED = re.compile(
    # "combien chaque année ?", "FAMI de chaque année et total ?", "montant pour chaque exercice"
    # ("… pour chacune des deux années ?")
    rf"\b{_AMOUNT}\b[^?.!]{{0,40}}\b(chaque|chacune des)( deux| trois| 2| 3)? "
    r"(annee|anee|an|exercice)s?\b"
    rf"|\b(chaque|chacune des)( deux| trois| 2| 3)? (annee|anee|an|exercice)s?\b[^?.!]{{0,25}}"
    rf"\b{_AMOUNT}\b"
    # "… 2024 idem. montants ?", "montants des deux années svp"
    r"|(^|[.!?:] )(les )?montants ?\?|\bmontants des (2|deux|3|trois) (ans|annees|exercices)\b"
    r"|\bpar (annee|anee|exercice)\b"  # "combien de FAMI par année ?"
    r"|\b(combien|cb|montants?)\b[^?.!]{0,20}\bpar an\b"  # "combien par an ?"
    r"|\b(combien|cb)\b[^?.!]{0,10}\ben tout\b"  # "… 2025 c'est l'inverse. combien en tout ?"
    r"|\bles (deux|2|trois|3) montants\b|\bdonnez[- ]moi les (deux|2|trois|3)\b"
    # "montant 2023 et 2024 ?", "combien en 2023, 2024, 2025 et au total ?"
    rf"|\b(combien|cb|montants?|total|donne quoi)\b[^?.!]{{0,30}}\b{_YEAR}"
    rf"(,| et| ou| puis)( (en|pour))? {_YEAR}\b"
    rf"|\b(combien|cb|montants?)\b[^?.!]{{0,30}}\b{_YEAR} \?\s*(et|puis) (pour|en) {_YEAR}\b"
    # "FAMI 2024 vs 2025 ?", "FAMI 2024 et 2025 ?", "combien 2025, combien 2026 ?"
    rf"|\b(fami|fs|forfait structure|donum|dotation numerique) {_YEAR} (vs|et|/) {_YEAR}"
    r"( (ca|ça) (donne|fait) (quoi|combien))? ?\?"
    rf"|\b(combien|cb) {_YEAR}\W+(et )?(combien|cb) {_YEAR}\b"
    # the sum or the gap of the years told: "total sur les 2 ans ?", "quel écart ?" (not
    # "combien de plus ?" after a year's amount told: the other year's answers it)
    r"|\b(total|combien|cb)\b[^?.!]{0,25}\bsur les (2|deux|3|trois)"
    r"( (ans|annees|exercices)\b| ?\?)"
    # "la somme des deux ?", "combien les 2 ans ?", "total des 2 exercices stp"
    r"|\b(total|combien|cb|somme)( pour| sur)? (les|des) (2|deux|3|trois)"
    r"( (ans|annees|exercices))?\W*(\?|$|stp|svp)"
    r"|\b(quel|quelle|combien d'|cb d'|c'est combien d') ?(ecart|difference)\b"
)


def each_year_asked(text: str) -> tuple[int, ...]:
    """The exercices named, when the message asks an amount for each of two or more of them;
    () otherwise."""
    folded = fold(text)
    if not EACH_YEAR_ASKED.search(folded):
        return ()
    years = sorted({int(y) for y in YEAR.findall(folded)})
    return tuple(years) if len(years) > 1 else ()


# The asker tells what they had: "volet 1 ok", "socle validé", "2024 pareil", "rien d'autre"
STORY_TOLD = re.compile(
    r"\b(ok|valide\w*|atteint\w*|pareil|idem|rien d'autre|tout sauf|j'ai eu|j'avais|rate)\b"
    r"|\w \+ \w"  # "socle + CPTS"
)


def years_covered(text: str) -> set[int]:
    """The years a text names, ranges spelt out."""
    folded = fold(text)
    years = {int(y) for y in YEAR.findall(folded)}
    for start, end in YEAR_RANGE.findall(folded):
        years |= set(range(int(start), int(end) + 1))
    return years


def story_told(text: str) -> bool:
    """The message tells the asker's own items met or missed, not only a question."""
    return bool(STORY_TOLD.search(fold(text)))


# The year after the one a story last named: "FAMI 2024 : … l'année d'après pareil sans …"
NEXT_YEAR = re.compile(
    r"\b(?:l['’ ]?ann[ée]e|l['’ ]?an|l['’ ]?exercice) "
    r"(?:d['’ ]?apr[èe]s|suivante?|qui (?:a )?suit)\b",
    re.IGNORECASE,
)


def next_year_named(text: str) -> str:
    """ "l'année d'après" written as the year after the last one named before it (« en
    2025 »), so that the story's second year is read as one; as told when no year precedes."""

    def named(m: re.Match[str]) -> str:
        before = YEAR.findall(text, 0, m.start())
        return f"en {int(before[-1]) + 1}" if before else m[0]

    return NEXT_YEAR.sub(named, text) if "apr" in text or "suiv" in text or "suit" in text else text


# A two-digit year leading a clause of a story: "23 = socle + CPTS. 24 = la même chose + SAS."
SHORT_LED = re.compile(r"(^|[.;,?!\n]\s*|\s-\s*)(1[7-9]|2\d)\s*(:|=|→|->)(?=\s)")
# The same year named back: "25 = comme 24 moins l'étudiant"
SHORT_AGAIN = re.compile(
    r"\b(comme|idem|que|qu'en|pareil) (en )?(1[7-9]|2\d)\b(?!\s*(%|€|pts|points))"
)


# A scheme's two-digit years: "fami 23 + 24", "FS 24 et 25"
SCHEME_SHORT = re.compile(
    r"\b(fami|fs|donum)\s+(1[7-9]|2\d)(?:(\s*(?:\+|et|&)\s*)(1[7-9]|2\d))?\b"
    r"(?![.,]\d|\s*(?:%|€|pts|points?|euros?|ans|mois|h\b|/))",
    re.IGNORECASE,
)


def _scheme_years(m: re.Match[str]) -> str:
    second = f"{m[3]}20{m[4]}" if m[4] else ""
    return f"{m[1]} 20{m[2]}{second}"


def short_years_led(text: str) -> str:
    """ "23 : …. 24 : …" written with the century, when two clauses or more open on one (a
    story told year by year), and the years named back with them (« comme 24 »); a scheme's
    short years too (« fami 23 + 24 »)."""
    text = SCHEME_SHORT.sub(_scheme_years, text)
    if len(SHORT_LED.findall(text)) < 2:
        return text
    text = SHORT_LED.sub(r"\g<1>20\2 \3", text)
    return SHORT_AGAIN.sub(r"\1 \g<2>20\3", text)


# The question a story opens on: "total FAMI 24+25 ? 2024 = socle … 2025 = …"
ASKED_FIRST = re.compile(r"^([^?]{3,140}\?)\s+([^?]+[^?\s])\s*$", re.DOTALL)


def asked_last(text: str) -> str:
    """A story over several years that opens on its one question, told with the question
    last, as the story readers expect (« Sur 2024+2025 j'ai touché combien ? En 2024 … ;
    en 2025 … » → « En 2024 … ; en 2025 … Sur 2024+2025 j'ai touché combien ? »)."""
    m = ASKED_FIRST.match(text.strip())
    if m is None or len(set(YEAR.findall(m[2]))) < 2:
        return text
    story = m[2] if m[2][-1] in ".!;" else f"{m[2]}."
    return f"{story} {m[1]}"
