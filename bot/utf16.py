"""Text lengths as Telegram counts them: in UTF-16 code units (an emoji outside the Basic
Multilingual Plane counts two), and splitting a text into parts under such a limit."""

from __future__ import annotations


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def split_paragraphs(text: str, limit: int) -> list[str]:
    """Parts of at most `limit` UTF-16 units, cut between paragraphs when it can, else between
    lines, else between words (a word longer than the limit is cut anywhere)."""
    return [part for part in _fit(text, limit, "\n\n", "\n", " ") if part.strip()]


def _fit(text: str, limit: int, *seps: str) -> list[str]:
    """`text` in chunks under the limit: cut at the first separator, each piece cut further
    at the next ones if it must, then the pieces joined back greedily."""
    if utf16_len(text) <= limit:
        return [text]
    if not seps:
        return _cut_anywhere(text, limit)
    sep, rest = seps[0], seps[1:]
    chunks: list[str] = []
    current = ""
    for piece in text.split(sep):
        for small in _fit(piece, limit, *rest):
            joined = f"{current}{sep}{small}" if current else small
            if utf16_len(joined) <= limit:
                current = joined
            else:
                chunks.append(current)
                current = small
    chunks.append(current)
    return [c for c in chunks if c]


def _cut_anywhere(text: str, limit: int) -> list[str]:
    chunks: list[str] = []
    current, size = "", 0
    for ch in text:
        n = utf16_len(ch)
        if size + n > limit:
            chunks.append(current)
            current, size = "", 0
        current += ch
        size += n
    return [*chunks, current] if current else chunks
