"""Neutral messages as plain text, for terminals (`forfait-bot chat`, `estimate`, `ask`)."""

from __future__ import annotations

from bot.messages import Message, Span


def _span(s: Span) -> str:
    return f"{s.text} ({s.link})" if s.link and s.link != s.text else s.text


def to_text(m: Message) -> str:
    """Paragraphs separated by a blank line; emphasis dropped, a link's address shown."""
    return "\n\n".join(
        "\n".join("".join(_span(s) for s in line) for line in b.lines) for b in m.blocks
    )
