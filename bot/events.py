"""What a user did, as every channel hands it to the service: a command, text, or an action."""

from __future__ import annotations

from dataclasses import dataclass

from bot.actions import Action


@dataclass(frozen=True)
class Command:
    """A command without its "/" (lower case), and its arguments (a deep-link payload)."""

    name: str
    args: str = ""


@dataclass(frozen=True)
class Text:
    """Text the user typed: an answer to the pending question, or a question for the FAQ."""

    text: str


@dataclass(frozen=True)
class Forwarded:
    """A message forwarded by an advisor: answered to be passed on, never taken as an answer."""

    text: str


@dataclass(frozen=True)
class Asked:
    """A question put to the bot in a group (mentioned, or a reply to it): answered from the
    FAQ only, never taken as an answer to a questionnaire, which runs in private chats."""

    text: str


Event = Command | Text | Forwarded | Asked | Action
