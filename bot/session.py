"""The conversation state of one chat: small, JSON-serialisable, versioned.

The stored JSON carries its schema version `v`. Reading it applies the migrations from its
version up to `VERSION`, one step at a time, then checks every field's type: what cannot be
read raises `SessionDamaged` (the service puts it apart and starts the chat afresh), never
an error later in the engine. Changing the fields means a new version, its migration here,
and a sample of the old version in tests/fixtures/sessions/ (tests/test_session_schema.py
fails until then).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from typing import Any

from bot.reminders import KINDS as REMINDER_KINDS

VERSION = 4


class SessionDamaged(ValueError):
    """The stored session cannot be read. The message says why, never what it holds."""


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
    # The pending question is no longer the last thing shown (a result, /aide came after it):
    # a typed answer would answer it unseen, so it is asked again first.
    pending_hidden: bool = False
    before: list[float] = field(default_factory=list)  # [min, max] € before a /modifier
    # /oublier asked « Effacer toutes vos réponses ? » last: a typed « oui » or « non » answers it.
    forget_asked: bool = False
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
                self.pending_hidden,
                self.before,
                self.forget_asked,
                self.reminders,
            ],
            ensure_ascii=False,
        )

    def to_json(self) -> str:
        # The fields as they are, not `asdict`'s deep copy (200 µs a save, a twentieth of an
        # update's CPU under load): json.dumps copies nothing. Same keys, same order.
        data = {name: getattr(self, name) for name in FIELD_NAMES}
        data["v"] = VERSION
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=_plain)

    @classmethod
    def from_json(cls, text: str | bytes, chat_id: int | None = None) -> Session:
        """Read a stored session of any version; `chat_id`: the chat it was stored for."""
        try:
            data = json.loads(text)
        except (ValueError, TypeError) as e:  # truncated, not UTF-8, not text
            raise SessionDamaged(f"JSON illisible ({type(e).__name__})") from None
        if not isinstance(data, dict):
            raise SessionDamaged(f"un objet JSON attendu, pas {type(data).__name__}")
        version = data.pop("v", None)
        if type(version) is not int or version < 1:
            raise SessionDamaged("version absente ou invalide")
        # A newer version (a rollback, a replica not yet upgraded) is read as far as this one
        # knows it: its own fields are ignored, as unknown fields always were.
        for v in range(version, VERSION):
            data = MIGRATIONS[v](data)
        session = cls(**_checked(data))
        if chat_id is not None and session.chat_id != chat_id:
            raise SessionDamaged("enregistrée pour une autre conversation")
        return session


FIELD_NAMES = tuple(f.name for f in fields(Session))


def _plain(value: object) -> Any:
    """A dataclass met inside a field, as `asdict` would have written it."""
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def _from_v1(data: dict[str, Any]) -> dict[str, Any]:
    """v1 → v2. v1 filled any missing field with its default (the first sessions had no
    `seen`); v2 holds every field, each of its type."""
    if "chat_id" not in data:
        raise SessionDamaged("v1 sans chat_id")
    defaults = asdict(Session(chat_id=data["chat_id"], updated=0.0))
    return {k: data.get(k, default) for k, default in defaults.items()}


def _from_v2(data: dict[str, Any]) -> dict[str, Any]:
    """v2 → v3: `pending_hidden` (the pending question was shown last, as v2 assumed) and
    `before` (no change to show)."""
    return {**data, "pending_hidden": False, "before": []}


def _from_v3(data: dict[str, Any]) -> dict[str, Any]:
    """v3 → v4: `forget_asked` (no /oublier waiting for its answer)."""
    return {**data, "forget_asked": False}


# MIGRATIONS[v] turns a session of version v into one of version v + 1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    1: _from_v1,
    2: _from_v2,
    3: _from_v3,
}


def _is_int(x: object) -> bool:
    return type(x) is int


def _is_str(x: object) -> bool:
    return type(x) is str


def _str_or_none(x: object) -> bool:
    return x is None or type(x) is str


def _is_reminder(x: object) -> bool:
    return (
        isinstance(x, dict)
        and _is_int(x.get("chat_id"))
        and type(x.get("due")) in (int, float)
        and x.get("kind") in REMINDER_KINDS
        and _is_str(x.get("dispositif"))
        and _is_str(x.get("id"))
    )


def _list_of(check: Callable[[object], bool]) -> Callable[[object], bool]:
    return lambda x: isinstance(x, list) and all(check(i) for i in x)


FIELD_CHECKS: dict[str, Callable[[object], bool]] = {
    "chat_id": _is_int,
    "profession": _str_or_none,
    "exercice": _str_or_none,
    "answers": lambda x: isinstance(x, dict) and all(_is_str(k) for k in x),
    "path": lambda x: isinstance(x, dict) and all(_is_str(k) and _is_str(v) for k, v in x.items()),
    "pending": _str_or_none,
    "history": _list_of(_is_str),
    "hypothetical": lambda x: type(x) is bool,
    "socle_notice": lambda x: type(x) is bool,
    "pending_hidden": lambda x: type(x) is bool,
    "before": _list_of(lambda x: type(x) in (int, float)),
    "forget_asked": lambda x: type(x) is bool,
    "reminders": _list_of(_is_reminder),
    "seen": _list_of(_is_int),
    "updated": lambda x: type(x) in (int, float),
}


def _checked(data: dict[str, Any]) -> dict[str, Any]:
    """The fields of the current version, each of its type (others are ignored);
    SessionDamaged names the first that is missing or not of its type (its name only)."""
    missing = [k for k in FIELD_CHECKS if k not in data]
    if missing:
        raise SessionDamaged(f"champs manquants : {', '.join(missing)}")
    for name, check in FIELD_CHECKS.items():
        if not check(data[name]):
            raise SessionDamaged(f"champ {name} invalide")
    return {name: data[name] for name in FIELD_CHECKS}
