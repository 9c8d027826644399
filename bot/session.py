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
    updated: float = field(default_factory=time.time)

    def reset(self) -> None:
        """Back to "Vous êtes ?", keeping only the chat and its reminders."""
        keep = (self.chat_id, self.reminders)
        self.__dict__.update(Session(chat_id=keep[0], reminders=keep[1]).__dict__)

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
