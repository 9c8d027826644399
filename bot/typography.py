"""French typography, applied once when a message is rendered for a channel or a file.

Templates, knowledge files and the engine's sentences are written by different hands; rather
than trusting each, every line goes through `typeset` on its way out: a narrow no-break space
(U+202F) before ; : ! ? % » and after «, so a phone never wraps a line between a word and its
sign; four-digit amounts grouped ("1400 €" -> "1 400 €"); a word written twice in a row, or a
label repeating its own first word ("Paiement : Paiement unique"), said once. `problems`
names what is still wrong in a text: the tests run it on every template and knowledge string.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.messages import Line, Span

NNBSP = "\u202f"

_BEFORE = re.compile(r"[ \u00a0]+([;:!?%»])")  # a plain or no-break space before a high sign
_BEFORE_MISSING = re.compile(r"(?<=[\w)»])([;!?»])(?=\s|$)")  # "ça?" (not "?q=" in a URL)
_AFTER_GUILLEMET = re.compile(r"«[ \u00a0\u202f]*")
_AMOUNT = re.compile(r"(?<![\d/.,:\u202f-])(\d{1,3})(\d{3})(?=\s?(?:€|euros?\b|points\b))")
_UNIT_SPACE = re.compile(r"(\d)[ \u00a0]?(€|%)(?![\dA-Fa-f])")  # not "%2F" in an address
_PLAIN_GROUP = re.compile(r"(?<![\d/.,:-])(\d{1,3}) (\d{3})(?=\s?(?:€|euros?\b|points\b))")
_DOUBLED = re.compile(r"\b([^\W\d_]{2,})\s+\1\b")  # "le le"; not "nous nous" (see _KEEP_DOUBLED)
_KEEP_DOUBLED = {"nous", "vous"}
_ECHO = re.compile(r"\b(\w+)\u202f: (\1\b)", re.IGNORECASE)  # "Paiement : Paiement unique"


def year_runs(years: list[int]) -> list[list[int]]:
    """Consecutive years together: 2019, 2020, 2021, 2023 -> [[2019, 2020, 2021], [2023]]."""
    runs: list[list[int]] = []
    for y in sorted(years):
        if runs and y == runs[-1][-1] + 1:
            runs[-1].append(y)
        else:
            runs.append([y])
    return runs


def and_list(items: list[str]) -> str:
    """ "A, B et C": a French enumeration."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " et " + items[-1]


# (pattern, what is wrong), for `problems`.
_CHECKS = (
    (re.compile(r"[ \u00a0][;:!?%»]"), "espace normale avant ; : ! ? % ou »"),
    (re.compile(r"«[ \u00a0]"), "espace normale après «"),
    (re.compile(r"«(?!\u202f)"), "pas d'espace fine après «"),
    (re.compile(r"(?<![\u202f])»"), "pas d'espace fine avant »"),
    (re.compile(r"\d[ \u00a0]?(€|%)"), "pas d'espace fine entre le nombre et son unité"),
    (re.compile(r"(?<![\d/.,:-])\d{4,}\u202f?(€|euros?\b)"), "montant sans séparateur de milliers"),
    (re.compile(r"\b\d{1,3} \d{3}\b"), "séparateur de milliers en espace normale"),
    (re.compile(r"\((00\d)\)|\bguides? 00\d\b|\b00\d_[0-9a-f]{6}"), "identifiant de fichier"),
    (re.compile(r"Réponse inconnue|Pas encore renseigné"), "mot d'une réponse manquante"),
)


@lru_cache(maxsize=8192)  # the same questions and labels go out again and again
def typeset(text: str) -> str:
    """The text with French spacing, grouped amounts and no repeated word."""
    if not text:
        return text
    text = _BEFORE.sub(NNBSP + r"\1", text)
    text = _BEFORE_MISSING.sub(NNBSP + r"\1", text)
    text = _AFTER_GUILLEMET.sub("«" + NNBSP, text)
    text = _UNIT_SPACE.sub(r"\1" + NNBSP + r"\2", text)
    text = _PLAIN_GROUP.sub(r"\1" + NNBSP + r"\2", text)
    text = _AMOUNT.sub(r"\1" + NNBSP + r"\2", text)
    text = _DOUBLED.sub(_once, text)
    return _ECHO.sub(r"\2", text)


def _once(m: re.Match[str]) -> str:
    return m.group(0) if m.group(1).lower() in _KEEP_DOUBLED else m.group(1)


def typeset_line(line: Line) -> Line:
    """A line of spans typeset span by span, and across a boundary: a span ending in a space
    before one starting with a high sign ("**1 240 €** :") gets the narrow space too."""
    spans = [s if s.link else Span(typeset(s.text), s.bold, s.italic) for s in line]
    for i in range(len(spans) - 1):
        a, b = spans[i], spans[i + 1]
        if a.text.endswith((" ", "\u00a0")) and b.text[:1] in ";:!?%»":
            spans[i] = Span(a.text.rstrip(" \u00a0") + NNBSP, a.bold, a.italic, a.link)
        elif a.text.endswith("«") and b.text[:1] not in ("", NNBSP):
            spans[i] = Span(a.text + NNBSP, a.bold, a.italic, a.link)
    return tuple(spans)


def problems(text: str) -> list[str]:
    """What is wrong in `text` as French typography, each with the place it was found."""
    found = []
    for pattern, why in _CHECKS:
        for m in pattern.finditer(text):
            start = max(m.start() - 25, 0)
            found.append(f"{why} : …{text[start : m.end() + 25]}…")
    for m in _DOUBLED.finditer(text):
        if m.group(1).lower() not in _KEEP_DOUBLED:
            found.append(f"mot répété : {m.group(0)!r}")
    return found
