"""The result as messages: the short one first, then each part on demand (detail by group,
plan, sources). One place for the engine (the buttons) and the command line (everything)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from bot.messages import Block, Choice, Message
from bot.render import render
from bot.text_render import to_text

SHORT_RESULT = 700  # characters: the first result message reads whole on a phone
# Characters of text in one message: Telegram takes 4 096 with the HTML tags, the rest is room
# for them (bold titles, italics).
MESSAGE_TEXT = 3600


def short(ctx: dict[str, Any], choices: Iterable[Iterable[Choice]] = ()) -> Message:
    """The amount out of the most possible, the socle, the actions worth the most, where to
    declare; two or one action when three would not fit SHORT_RESULT characters."""
    rows = [list(row) for row in choices]
    for n in (3, 2, 1, 0):
        message = render("result.j2", rows, n=n, **ctx)
        if len(to_text(message)) <= SHORT_RESULT:
            break
    return message


def detail(ctx: dict[str, Any]) -> list[Message]:
    """One message per group (more only for a group too long for one, cut between its
    indicators), the numbered notes under the last."""
    groups = ctx["groups"]
    return [
        part
        for i, gd in enumerate(groups)
        for part in whole(
            render("result_detail.j2", gd=gd, first=i == 0, last=i == len(groups) - 1, **ctx)
        )
    ]


def plan(ctx: dict[str, Any]) -> list[Message]:
    """The plan, declaration and payment: several messages only when Telegram could not take
    it in one, cut between paragraphs."""
    return whole(render("result_plan.j2", **ctx))


def whole(m: Message, limit: int = MESSAGE_TEXT) -> list[Message]:
    """The message as few messages as fit `limit` characters, cut between paragraphs only;
    the choices under the last."""
    out: list[list[Block]] = [[]]
    for b in m.blocks:
        if out[-1] and len(to_text(Message((*out[-1], b)))) > limit:
            out.append([])
        out[-1].append(b)
    return [
        Message(tuple(blocks), m.choices if i == len(out) - 1 else ())
        for i, blocks in enumerate(out)
    ]


def sources(ctx: dict[str, Any]) -> Message:
    return render("result_sources.j2", **ctx)


def everything(ctx: dict[str, Any]) -> list[Message]:
    """All of it, for a terminal that has no buttons."""
    return [short(ctx), *detail(ctx), *plan(ctx)]
