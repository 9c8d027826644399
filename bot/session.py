"""The conversation state of one chat: small, JSON-serialisable, versioned."""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, field
from typing import Any

VERSION = 1


@dataclass
class Session:
    chat_id: int
    profession: str | None = None
    exercice: str | None = None
    answers: dict[str, Any] = field(default_factory=dict)  # indicator id -> value, None = nsp
    path: dict[str, str] = field(default_factory=dict)  # question id -> chosen valeur
    pending: str | None = None  # question waiting for an answer
    history: list[str] = field(default_factory=list)  # questions answered, in order
    hypothetical: bool = False  # go on past a failed socle, to see what the rest would bring
    socle_notice: bool = False  # the failed-socle notice was shown
    reminders: list[dict[str, Any]] = field(default_factory=list)
    seen: list[int] = field(default_factory=list)  # last Telegram update ids applied
    updated: float = field(default_factory=time.time)

    def reset(self) -> None:
        """Back to "Vous êtes ?", keeping only the chat, its reminders and the updates seen."""
        fresh = Session(chat_id=self.chat_id, reminders=self.reminders, seen=self.seen)
        self.__dict__.update(fresh.__dict__)

    def conversation(self) -> str:
        """What the user sees of the session, to compare before and after a step: all but the
        deliveries seen and the time. (A false difference only costs a save first.)"""
        return json.dumps(
            [
                self.profession,
                self.exercice,
                self.answers,
                self.path,
                self.pending,
                self.history,
                self.hypothetical,
                self.socle_notice,
                self.reminders,
            ],
            ensure_ascii=False,
        )

    def to_json(self) -> str:
        data = asdict(self)
        data["v"] = VERSION
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> Session:
        data = json.loads(text)
        data.pop("v", None)
        known = cls.__dataclass_fields__
        return cls(**{k: v for k, v in data.items() if k in known})
