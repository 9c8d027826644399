"""Jinja2 templates rendered to neutral messages (`bot/messages.py`), never to a channel's markup.

Templates mark emphasis with `**bold**` and `__italic__`, within one line; every value they
print is escaped (a backslash before `\\`, `*` and `_`), so what a user typed or a knowledge
file says can never open or close a span. A blank line separates paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from jinja2 import Environment, PackageLoader

from bot.messages import Block, Choice, Line, Message, Span, message
from calculators.french import fmt_eur, fmt_number, fmt_pct, fmt_points

_MARKS = {"**": "bold", "__": "italic"}
_TOKENS = re.compile(r"(\\.|\*\*|__)")  # an escaped character, or a mark
_BLANK_LINES = re.compile(r"\n{3,}")


def _escape(value: object) -> str:
    text = value if isinstance(value, str) else str(value)
    if "\\" in text or "*" in text or "_" in text:
        return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_")
    return text


@cache
def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("bot", "templates"),
        autoescape=False,  # no HTML here: `finalize` escapes the markup above instead
        finalize=_escape,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        auto_reload=False,  # package data: no stat() of the template file on every render
    )
    env.filters.update(eur=fmt_eur, pct=fmt_pct, points=fmt_points, num=fmt_number)
    env.filters["short"] = shorten
    env.filters["other_source"] = other_source
    env.filters["date"] = lambda d: d.strftime("%d/%m/%Y") if d else "non publiée"
    return env


def preload(*templates: str) -> None:
    """Compile templates now (a few ms each), not in the first reply that needs them."""
    for name in templates:
        _env().get_template(name)


def other_source(most: object) -> str:
    """ "(ou 8 141 € selon une autre source)": the other maximum the texts give (the
    `autre_maximum` of a warning on the total), said beside the one retained wherever a
    result shows its maximum; "" when the maximum is not in doubt."""
    eur = getattr(most, "eur", None)
    return f"(ou {fmt_eur(eur)} selon une autre source)" if eur is not None else ""


def shorten(text: str, limit: int = 60) -> str:
    """A label that fits, cut at a word with "…" rather than mid-word."""
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    cut = head.rsplit(" ", 1)[0] if " " in head else head
    return cut.rstrip(" ,;:(") + "…"


def render(template: str, choices: Iterable[Iterable[Choice]] = (), **context: object) -> Message:
    """The template's message, blank lines squeezed, with these choices under it."""
    text = _env().get_template(template).render(**context)
    if "\n\n\n" in text:  # seldom: the scan alone costs ~10 µs on an answer
        text = _BLANK_LINES.sub("\n\n", text)
    text = text.strip()
    blocks = (
        Block(tuple(parse_line(x) for x in paragraph.split("\n")))
        for paragraph in text.split("\n\n")
    )
    return message(*blocks, choices=choices)


@lru_cache(maxsize=2048)  # an entry's lines come back in every reply that gives it
def parse_line(text: str) -> Line:
    """One line of template output to spans; ValueError on a span left open (a template bug)."""
    spans: list[Span] = []
    style = {"bold": False, "italic": False}
    current: list[str] = []
    for token in _TOKENS.split(text):
        if token in _MARKS:
            if current:
                spans.append(Span("".join(current), **style))
                current.clear()
            style[_MARKS[token]] = not style[_MARKS[token]]
        elif token.startswith("\\") and len(token) == 2:
            current.append(token[1])
        elif token:
            current.append(token)
    if any(style.values()):
        raise ValueError(f"span left open in a template line: {text[:60]!r}")
    if current:
        spans.append(Span("".join(current), **style))
    return tuple(spans)
