"""The channel-neutral messages the engine and the services produce.

A message is paragraphs (`Block`) of lines of spans; a span is text, bold or italic, possibly
a link. A message may carry a file (`Attachment`: a PNG card, a PDF), its text then being the
caption. Choices are rows of buttons, each carrying a typed action (`bot/actions.py`).

A message that asks a question names it (`asks`); the confirmation of its answer names it too
(`confirms`): a channel that can edit shows it over the message that asked (Telegram: the
tapped message, or the one it noted for a typed answer), its keyboard gone; a channel that
cannot (the terminal) shows it as a message of its own. Nothing
here knows a channel's markup, escaping or limits: `bot/telegram_render.py` makes Telegram
HTML and callback data of it, `bot/text_render.py` plain text. Lines never contain "\\n", so a
renderer may cut a long message between lines without breaking a span.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from bot.actions import Action


@dataclass(frozen=True)
class Span:
    text: str
    bold: bool = False
    italic: bool = False
    link: str | None = None  # a URL the text points to


Line = tuple[Span, ...]


@dataclass(frozen=True)
class Block:
    """A paragraph: its lines are shown together, blocks are separated by a blank line.
    `pre`: a text to copy, shown as is in one piece (its spans' emphasis is not shown)."""

    lines: tuple[Line, ...]
    pre: bool = False


@dataclass(frozen=True)
class Choice:
    label: str
    action: Action


Choices = tuple[tuple[Choice, ...], ...]


@dataclass(frozen=True)
class Attachment:
    """A file a message carries: a picture to look at, or a document to keep. The message's
    text is its caption."""

    kind: Literal["photo", "document"]
    filename: str
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class Message:
    blocks: tuple[Block, ...]
    choices: Choices = ()
    attachment: Attachment | None = None
    asks: str | None = None  # the question id this message asks
    confirms: str | None = None  # the question id whose asking message this one replaces

    @property
    def actions(self) -> list[Action]:
        """The actions of the choices, row after row."""
        return [c.action for row in self.choices for c in row]


def bold(text: str) -> Span:
    return Span(text, bold=True)


def italic(text: str) -> Span:
    return Span(text, italic=True)


LinePart = str | Span


def line(*parts: LinePart) -> Line:
    """A line from strings (plain text) and spans; empty strings are dropped."""
    return tuple(p if isinstance(p, Span) else Span(p) for p in parts if p != "")


def block(*lines: LinePart | Line) -> Block:
    """A paragraph; each argument is a line (a string, a span, or a tuple of them)."""
    return Block(tuple(x if isinstance(x, tuple) else line(x) for x in lines))


def message(
    *blocks: Block,
    choices: Iterable[Iterable[Choice]] = (),
    attachment: Attachment | None = None,
    asks: str | None = None,
    confirms: str | None = None,
) -> Message:
    return Message(tuple(blocks), _rows(choices), attachment, asks, confirms)


def plain(text: str, choices: Iterable[Iterable[Choice]] = ()) -> Message:
    """A message of plain text, taken literally: a blank line separates paragraphs."""
    blocks = tuple(
        Block(tuple(line(x) for x in paragraph.split("\n"))) for paragraph in text.split("\n\n")
    )
    return Message(blocks, _rows(choices))


def _rows(rows: Iterable[Iterable[Choice]]) -> Choices:
    return tuple(tuple(row) for row in rows)
