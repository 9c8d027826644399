"""Neutral messages as plain text, for terminals (`forfait-bot chat`, `estimate`, `ask`).

A message's file (the result card, the PDF summary) is written to a folder — FORFAIT_BOT_FILES,
or `forfait-bot` in the system's temporary folder — and its path printed under the text.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from bot.messages import Attachment, Message, Span
from bot.typography import typeset_line


def _span(s: Span) -> str:
    return f"{s.text} ({s.link})" if s.link and s.link != s.text else s.text


def to_text(m: Message) -> str:
    """Paragraphs separated by a blank line, typeset; emphasis dropped, a link's address
    shown; a file saved, its path shown."""
    text = "\n\n".join(
        "\n".join("".join(_span(s) for s in typeset_line(line)) for line in b.lines)
        for b in m.blocks
    )
    if m.attachment is not None:
        text += f"\n📎 {save(m.attachment)}"
    return text


def save(file: Attachment) -> Path:
    """Write the file where a terminal user can open it; its path."""
    folder = Path(os.environ.get("FORFAIT_BOT_FILES") or Path(tempfile.gettempdir(), "forfait-bot"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / file.filename
    path.write_bytes(file.data)
    return path
