"""Telegram updates read as the service's events: what is for the bot, and what it means.

A command (`/cmd@this_bot args`), text, a forwarded message, or a tapped button decoded to its
typed action. In a group, only what is addressed to the bot: a command, its mention
(stripped), a reply to one of its messages; anything else is silence. There, a question is
`Asked` (the FAQ, never the questionnaire), and the questionnaire itself goes private
(`in_group`): one member's taps never answer another's questions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from telegram import CallbackQuery, Update
from telegram import Message as TelegramMessage
from telegram.constants import ChatType

from bot.actions import (
    Action,
    ConfirmBroadcast,
    ConfirmForget,
    ShowFaqEntry,
    ShowRuleAnswer,
    StartEstimate,
)
from bot.events import Asked, Command, Event, Forwarded, Text
from bot.messages import Message, Span, block, line, message
from bot.telegram_render import decode

COMMAND = re.compile(r"^/([A-Za-z0-9_]{1,64})(?:@(\w+))?(?:\s+(.*))?$", re.DOTALL)
GROUPS = (ChatType.GROUP, ChatType.SUPERGROUP)


def strip_mention(text: str, username: str) -> str:
    """Drop the bot's mention: "@bot, quand déclarer ?" -> "quand déclarer ?"."""
    text = re.sub(rf"\s*@{re.escape(username)}\b", "", text, flags=re.IGNORECASE)
    return re.sub(r"\s{2,}", " ", text).strip(" ,:")


def _mentions(text: str, username: str | None) -> bool:
    return bool(username and re.search(rf"@{re.escape(username)}\b", text, re.IGNORECASE))


def replies_to_bot(msg: TelegramMessage, bot_username: str | None, bot_id: int | None) -> bool:
    replied = msg.reply_to_message
    author = replied.from_user if replied is not None else None
    if author is None:
        return False
    if bot_id is not None:
        return author.id == bot_id
    return bool(bot_username) and (author.username or "").lower() == bot_username.lower()


def event_from_update(
    update: Update, bot_username: str | None = None, bot_id: int | None = None
) -> Event | None:
    """The event of an update; None when it is not for us (or not text).

    A tapped button is its decoded action (`Stale` for data that means nothing now). A
    forwarded message is `Forwarded`. In a group, the bot reads only commands, its mention
    (stripped) and replies to its own messages: anything else is None, hence silence.
    """
    if update.callback_query is not None:
        return decode(update.callback_query.data)
    msg = update.message
    if msg is None or msg.text is None:
        return None
    if msg.via_bot is not None and bot_id is not None and msg.via_bot.id == bot_id:
        return None  # one of our own inline answers, posted by the user
    group = msg.chat.type in GROUPS
    if msg.forward_origin is not None:
        return None if group else Forwarded(msg.text)
    cmd = COMMAND.match(msg.text.strip())
    if cmd:
        name, mention, args = cmd.groups()
        if mention and bot_username and mention.lower() != bot_username.lower():
            return None  # /cmd@another_bot in a group
        return Command(name.lower(), (args or "").strip())
    if group:
        if _mentions(msg.text, bot_username):
            return Text(strip_mention(msg.text, bot_username or ""))
        if replies_to_bot(msg, bot_username, bot_id):
            return Text(msg.text)
        return None
    return Text(msg.text)


def under(query: CallbackQuery | None) -> str | None:
    """The text of the message carrying the tapped button, when Telegram still gives it."""
    msg = query.message if query is not None else None
    return msg.text if isinstance(msg, TelegramMessage) and msg.text else None


def describe(event: Event, log_text: bool) -> str:
    """What the logs say about an event: never the user's words unless log_text."""
    if isinstance(event, Command):
        args = f" {event.args!r}" if log_text and event.args else ""
        return f"commande /{event.name}{args}"
    if isinstance(event, Action):
        return f"bouton {event!r}" if log_text else f"bouton {type(event).__name__}"
    label = "message transféré" if isinstance(event, Forwarded) else "texte"
    return f"{label} {event.text!r}" if log_text else f"{label} ({len(event.text)} caractères)"


# What a group may do: ask, open FAQ suggestions, read /aide and /sources, erase its data;
# advisors' commands stay theirs (the desk checks who). The questionnaire goes private.
PRIVATE_COMMANDS = frozenset(
    ("start", "reprendre", "retour", "modifier", "resultat", "recommencer", "rappel", "annuler")
)
GROUP_ACTIONS = (ShowFaqEntry, ShowRuleAnswer, ConfirmForget, ConfirmBroadcast)


@dataclass(frozen=True)
class GoPrivate:
    """A questionnaire event in a group: answered with a link to the private chat, where the
    /start payload (a deep link's, or "") continues it."""

    payload: str = ""


def in_group(event: Event) -> Event | GoPrivate:
    """What a group's event becomes: text is a question for the FAQ, the questionnaire's
    commands and buttons a link to continue privately."""
    if isinstance(event, Text):
        return Asked(event.text)
    if isinstance(event, Command) and event.name in PRIVATE_COMMANDS:
        return GoPrivate(event.args if event.name == "start" else "")
    if isinstance(event, StartEstimate):
        return GoPrivate(event.payload)
    if isinstance(event, Action) and not isinstance(event, GROUP_ACTIONS):
        return GoPrivate()
    return event


def private_link(username: str | None, payload: str) -> Message:
    """ "Le questionnaire se remplit en privé…", with the link that opens the private chat
    (t.me/<bot>?start=<payload>)."""
    url = f"https://t.me/{username or ''}" + (f"?start={payload}" if payload else "")
    return message(
        block(
            "Le questionnaire se remplit en conversation privée : vos réponses restent les "
            "vôtres, et personne d'autre dans le groupe ne peut y toucher.",
            line(Span("Continuer en privé avec moi", bold=True, link=url)),
        )
    )
