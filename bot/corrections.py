"""A figure the asker takes back as they type ("messagerie 8 %... non attendez, 12 %", "la
DSG 45 %, ... ah attends non la DSG c 55 %", "2 RCP... non attendez, 4 RCP"): the new figure
put where the old one was, so that every reading of the message sees one figure per item,
the one meant.

Only a figure right after a word of correction (« pardon », « attendez », « oups », « je me
suis trompé ») is moved; a message without one is returned as it is."""

from __future__ import annotations

import re

# Cheap test first: most messages correct nothing
_ANY = re.compile(r"(?i)pardon|attend|oups|tromp")
# The words that take back what was just typed, with their lead-in ("... ah non pardon")
# (after a stop or an « ah non », not « je m'attends à 890 € »)
_MARKER = re.compile(
    r"(?i)(?P<lead>(?:(?:\.{2,}|…|[,;.?!])\s*)?(?:\b(?:ah|oh|euh|heu)[, ]+)?(?:\bnon[, ]+)?)"
    r"(?<![\w'])(?:pardon|attendez|attends|oups|je me suis tromp\w*)(?:[, ]+non\b)?[, :]*"
)
# A figure with its kind: a rate, an amount, points, an ordinal (« 6e année »), a count
_FIGURE = re.compile(
    r"(?<![\w,.])(?!(?:19|20)\d\d\b)(\d+(?:[,.]\d+)?)"
    r"(\s?%|\s?€|\s?euros?\b|\s?pts\b|\s?points\b|(?:e|eme|ème|ieme|ième)\b)?"
)
_LEAD_MAX = 40  # characters between the correction's words and its figure
# What the old figure was, said after the new one: "25 % pas 35"
_NOT_OLD = re.compile(r"(?i)\s*(?:et )?pas (\d+(?:[,.]\d+)?)\s?%?")
# Why the figure was wrong, which names nothing to read: "j'avais mal lu le tableau"
_EXCUSE = re.compile(
    r"(?i)[, ]*(?:j'ai confondu|j'?avais mal lu|j'ai mal lu|j'ai regard[ée]|je lisais|"
    r"mal lu|je me suis tromp\w*)[^.?!,]*"
)
# Words of three letters or more, in a lead, that name no item: « c'était », « il est en »
_FILLER = frozenset(
    {"les", "des", "cest", "etait", "était", "est", "elle", "mon", "mes", "son", "ses", "non"}
    | {"plutot", "plutôt", "fait", "pas", "que", "qui"}
)


def corrected(text: str) -> str:
    """`text` with each figure taken back replaced by the one that follows its correction."""
    if not _ANY.search(text):
        return text
    for _ in range(3):  # a message rarely takes back more than one or two figures
        fixed = _corrected_once(text)
        if fixed == text:
            return text
        text = fixed
    return text


def _corrected_once(text: str) -> str:
    for marker in _MARKER.finditer(text):
        if not marker["lead"]:
            continue
        figure = _FIGURE.search(text, marker.end(), marker.end() + _LEAD_MAX + 12)
        if figure is None:
            continue
        lead = text[marker.end() : figure.start()]
        if len(lead) > _LEAD_MAX or re.search(r"[.?!]", lead):
            continue
        before = text[: marker.start()]
        not_old = _NOT_OLD.match(text, figure.end())
        old = _old_figure(before, lead, _kind(figure), not_old[1] if not_old else None)
        if old is None:
            continue
        end = not_old.end() if not_old else figure.end()
        excuse = _EXCUSE.match(text, end)
        end = excuse.end() if excuse else end
        new = figure[1] + (figure[2] or old[2] or "")
        head = before[: old.start()] + new + before[old.end() :]
        rest = text[end:].lstrip(" ,;")
        word = re.match(r"\s*([^\W\d]+)", before[old.end() :])
        if word and re.match(rf"{re.escape(word[1])}\b", rest):  # "4 RCP …, RCP en tout"
            rest = rest[len(word[1]) :].lstrip(" ,;")
        joint = "" if not rest or rest[0] in ".?!" else ", "
        return head.rstrip(" ,;") + joint + rest
    return text


def _kind(figure: re.Match[str]) -> str:
    unit = (figure[2] or "").strip().lower()
    if unit.startswith(("e", "è", "i")) and not unit.startswith("euro"):
        return "ordinal"
    return {"": "count", "%": "rate", "pts": "points", "points": "points"}.get(unit, "amount")


def _old_figure(before: str, lead: str, kind: str, old_value: str | None) -> re.Match[str] | None:
    """The figure taken back: the one the lead's item names first after its name, or the
    last one of the same kind; the one equal to what "pas 35" says, when said."""
    # (a bare figure corrects any: "8 %... non attendez, 12")
    figures = [f for f in _FIGURE.finditer(before) if kind in (_kind(f), "count")]
    if old_value is not None:
        same = [f for f in figures if f[1] == old_value]
        if same:
            return same[-1]
    names = [w for w in re.findall(r"[^\W\d_]{3,}", lead.lower()) if w not in _FILLER]
    for name in names:
        at = before.lower().rfind(name)
        if at < 0:
            continue
        after = [f for f in figures if f.start() > at]
        if after:
            return after[0]
    return figures[-1] if figures else None
