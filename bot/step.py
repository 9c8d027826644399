"""What one engine step returns: the session as it now is, the replies, and what the service
applies to the store under the same lock as the session's save."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.messages import Message
from bot.reminders import Reminder
from bot.session import Session


@dataclass
class Step:
    session: Session
    replies: list[Message]
    forget: bool = False  # the user confirmed /oublier: the service erases every trace
    # Applied by the service to the store, under the same lock as the session's save:
    add_reminders: list[Reminder] = field(default_factory=list)  # schedule (same id: replace)
    cancel_reminders: bool = False  # drop every reminder of the chat, and its opt-in
