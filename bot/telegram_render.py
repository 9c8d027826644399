"""Neutral messages as Telegram takes them: HTML parts under its length limit, and inline
keyboards whose callback data carries the typed actions.

The only place that knows Telegram's HTML (escaping, <b>, <i>, <a>), its 4 096-character
limit and its 64-byte callback data. The data keeps the format earlier versions sent
(`a:<question>:<valeur>`, `c:<commande>`, `r:plan:<dispositif>`…), so keyboards already in
users' chats still work; data that decodes to nothing becomes `Stale`, answered on purpose.
"""

from __future__ import annotations

import functools
import html
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, WebAppInfo

from bot.actions import (
    Action,
    Answer,
    CancelReminders,
    CompareExercice,
    ConfirmBroadcast,
    ConfirmForget,
    ContinueHypothetical,
    EstimateExercice,
    Modify,
    OpenWebApp,
    PlanReminders,
    RunCommand,
    ShareInline,
    ShowFaqEntry,
    ShowResult,
    ShowRuleAnswer,
    Stale,
    StartEstimate,
    WatchDates,
)
from bot.messages import Block, Message, Span
from bot.typography import typeset, typeset_line
from bot.utf16 import utf16_len

TELEGRAM_LIMIT = 4096
CALLBACK_LIMIT = 64  # bytes

# (label, callback data), row after row; a web app button's data is its page's https URL, a
# share button's is its inline query after "@", which no callback data can be (they start
# with a prefix of _CODES).
Rows = tuple[tuple[tuple[str, str], ...], ...]
WEB_APP = "https://"
INLINE = "@"


# ---- text -----------------------------------------------------------------------------------


def escape(text: str) -> str:
    """What Telegram's HTML parse mode requires: &, < and > (quotes may stay)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _span(s: Span) -> str:
    out = escape(s.text)
    if s.link:
        out = f'<a href="{html.escape(s.link)}">{out}</a>'
    if s.italic:
        out = f"<i>{out}</i>"
    if s.bold:
        out = f"<b>{out}</b>"
    return out


def _block(b: Block) -> str:
    if b.pre:  # shown as is, copied in one piece
        return "<pre>" + "\n".join(escape("".join(s.text for s in ln)) for ln in b.lines) + "</pre>"
    return "\n".join("".join(_span(s) for s in typeset_line(line)) for line in b.lines)


def to_html(m: Message) -> str:
    """The message as Telegram HTML, typeset (`bot/typography.py`)."""
    return "\n\n".join(_block(b) for b in m.blocks)


def to_plain(text: str) -> str:
    """An HTML part as plain text, for when Telegram refuses its markup."""
    return html.unescape(re.sub(r"</?(b|i|a|code|pre)(\s[^>]*)?>", "", text))


def visible_length(html_text: str) -> int:
    """What Telegram counts against its limit: the text once its HTML is parsed, in UTF-16
    code units (an emoji counts two)."""
    return utf16_len(to_plain(html_text))


def split_message(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Split on paragraph, then line boundaries so that no part exceeds Telegram's limit, as
    Telegram counts it (`visible_length`).

    Spans never cross a line (`bot/messages.py`), so a cut between lines never leaves a tag
    open.
    """
    if visible_length(text) <= limit:
        return [text.strip("\n")] if text.strip() else []
    parts: list[str] = []
    current, size = "", 0
    for line in text.split("\n"):
        n = visible_length(line)
        if (size + 1 + n if current else n) <= limit:
            current, size = (f"{current}\n{line}", size + 1 + n) if current else (line, n)
            continue
        if current:
            parts.append(current)
        while n > limit:
            cut = _cut(line, limit)
            parts.append(line[:cut])
            line = line[cut:].lstrip()
            n = visible_length(line)
        current, size = line, n
    if current:
        parts.append(current)
    return [p.strip("\n") for p in parts if p.strip()]


def _cut(line: str, limit: int) -> int:
    """Where to cut a line longer than the limit: the last space that keeps the head under it
    (anywhere if none)."""
    cut = len(line)
    while cut > 0 and visible_length(line[:cut]) > limit:
        space = line.rfind(" ", 0, cut)
        cut = space if space > 0 else cut - max(1, (visible_length(line[:cut]) - limit) // 2)
    return max(cut, 1)


@dataclass(frozen=True)
class Part:
    """One sendMessage: HTML text, and the keyboard (only under a message's last part)."""

    html: str
    rows: Rows = ()


def parts(m: Message) -> list[Part]:
    texts = split_message(to_html(m))
    rows = tuple(tuple((typeset(c.label), _data(c.action)) for c in row) for row in m.choices)
    return [Part(t, rows if i == len(texts) - 1 else ()) for i, t in enumerate(texts)]


def _data(action: Action) -> str:
    if isinstance(action, OpenWebApp):
        if not action.url.startswith(WEB_APP):
            raise ValueError(f"a web app opens an https URL: {action.url!r}")
        return action.url
    if isinstance(action, ShareInline):
        return INLINE + action.query
    return encode(action)


def _button(label: str, data: str) -> InlineKeyboardButton:
    if data.startswith(WEB_APP):
        return InlineKeyboardButton(label, web_app=WebAppInfo(data))
    if data.startswith(INLINE):
        return InlineKeyboardButton(label, switch_inline_query=data[len(INLINE) :])
    return InlineKeyboardButton(label, callback_data=data)


@functools.lru_cache(maxsize=2048)
def markup(rows: Rows) -> InlineKeyboardMarkup | None:
    """Keyboards repeat (the same question for everyone) and PTB's objects are immutable:
    built once, shared."""
    if not rows:
        return None
    return InlineKeyboardMarkup([[_button(label, data) for label, data in row] for row in rows])


@functools.lru_cache(maxsize=2048)
def markup_json(rows: Rows) -> str | None:
    """The keyboard as the form value PTB sends for it (`json.dumps` of `to_dict()`), encoded
    once per keyboard rather than at every send (bot/telegram_send.py)."""
    keyboard = markup(rows)
    return None if keyboard is None else json.dumps(keyboard.to_dict())


# ---- callback data ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Code:
    """`prefix[:field…]`: the fields follow the prefix, ":"-separated; only the first may
    itself contain ":" (a component question "teleservices:aat")."""

    prefix: str
    action: type[Action]
    fields: tuple[str, ...] = ()
    fixed: Mapping[str, object] = field(default_factory=dict)  # what the prefix stands for


_CODES = (
    _Code("a", Answer, ("question", "value")),
    _Code("c", RunCommand, ("name",)),
    _Code("m", Modify, ("target",)),
    _Code("o:oui", ConfirmForget, fixed={"confirmed": True}),
    _Code("o:non", ConfirmForget, fixed={"confirmed": False}),
    _Code("f", ShowFaqEntry, ("entry",)),
    _Code("g", ShowRuleAnswer, ("profession", "exercice", "indicateur", "situation")),
    _Code("p", StartEstimate, ("payload",)),
    _Code("e", EstimateExercice, ("exercice",)),
    _Code("v", ShowResult, ("part",)),
    _Code("s:hyp", ContinueHypothetical),
    _Code("r:plan", PlanReminders, ("scheme",)),
    _Code("r:annuler", CancelReminders),
    _Code("r:dates", WatchDates, ("scheme",)),
    _Code("k", CompareExercice, ("exercice",)),
    _Code("d:envoyer", ConfirmBroadcast, fixed={"send": True}),
    _Code("d:annuler", ConfirmBroadcast, fixed={"send": False}),
)
ENCODED = frozenset(c.action for c in _CODES)  # every action but Stale, checked by a test


@functools.lru_cache(maxsize=4096)
def encode(action: Action) -> str:
    """The callback data of an action; ValueError if it cannot travel (too long, unknown).
    Cached: the same questions' buttons are encoded for every user."""
    for code in _CODES:
        if type(action) is code.action and all(
            getattr(action, k) == v for k, v in code.fixed.items()
        ):
            data = ":".join([code.prefix, *(str(getattr(action, f)) for f in code.fields)])
            if len(data.encode()) > CALLBACK_LIMIT:
                raise ValueError(f"callback data over {CALLBACK_LIMIT} bytes: {data!r}")
            return data
    raise ValueError(f"no callback data for {action!r}")


def decode(data: str | None) -> Action:
    """The action a button's data stands for; `Stale` when it stands for nothing."""
    if not data:
        return Stale()
    for code in _CODES:
        if not code.fields:
            if data == code.prefix:
                return code.action(**code.fixed)
            continue
        if data != code.prefix and not data.startswith(code.prefix + ":"):
            continue
        rest = data[len(code.prefix) + 1 :]
        values = rest.rsplit(":", len(code.fields) - 1)
        try:
            return code.action(**code.fixed, **dict(zip(code.fields, values, strict=True)))
        except ValueError:  # a field the action refuses (an unknown shortcut)
            return Stale()
    return Stale()
