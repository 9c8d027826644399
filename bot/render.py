"""Jinja2 templates rendered to Telegram HTML, and the same text in plain form for terminals."""

from __future__ import annotations

import html
import re
from functools import cache

from jinja2 import Environment, PackageLoader, select_autoescape

from calculators.french import fmt_eur, fmt_number, fmt_pct, fmt_points

TELEGRAM_LIMIT = 4096


@cache
def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("bot", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters.update(eur=fmt_eur, pct=fmt_pct, points=fmt_points, num=fmt_number)
    env.filters["date"] = lambda d: d.strftime("%d/%m/%Y") if d else "non publiée"
    return env


def render(template: str, **context: object) -> str:
    """Telegram HTML (only <b>, <i>, <a>; everything else escaped), blank lines squeezed."""
    text = _env().get_template(template).render(**context)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def to_plain(text: str) -> str:
    """The same message for a terminal: tags dropped, entities unescaped."""
    return html.unescape(re.sub(r"</?(b|i|a|code)(\s[^>]*)?>", "", text))


def split_message(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Split on paragraph, then line boundaries so that no part exceeds Telegram's limit.

    Our templates only open and close tags within one line, so a cut between lines never
    leaves a tag open.
    """
    parts: list[str] = []
    current = ""
    for block in text.split("\n"):
        candidate = f"{current}\n{block}" if current else block
        if len(candidate) <= limit:
            current = candidate
            continue
        if current:
            parts.append(current)
        while len(block) > limit:
            cut = block.rfind(" ", 0, limit)
            cut = cut if cut > 0 else limit
            parts.append(block[:cut])
            block = block[cut:].lstrip()
        current = block
    if current:
        parts.append(current)
    return [p.strip("\n") for p in parts if p.strip()]
