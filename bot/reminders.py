"""Reminders of a declaration window: when the saisie opens, and a few days before it closes;
the last month of an exercice, while its indicators can still be met (1 December); and a
watch on dates not yet published, checked each morning against the knowledge.

The store keeps a due index from which `claim_due` leases each reminder to exactly one
replica; it is the reference for what /rappel lists, loaded into `Session.reminders` (a list
of `Reminder.to_dict()`) before each step. A channel that sends no reminder (the terminal)
keeps them in the session only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any, Literal, get_args
from zoneinfo import ZoneInfo

from knowledge.schema import Dispositif

PARIS = ZoneInfo("Europe/Paris")
HOUR = dt.time(9, 0)  # reminders go out at 09:00, Paris time
CLOSING_NOTICE_DAYS = (7, 1)  # days before the closing day: the first still ahead is used

# "dernier_mois": a month before the exercice ends, while its indicators can still be met;
# "dates": the declaration dates, once the knowledge publishes them (checked daily).
Kind = Literal["ouverture", "cloture", "dernier_mois", "dates"]
KINDS: tuple[str, ...] = get_args(Kind)


@dataclass(frozen=True)
class Reminder:
    chat_id: int
    due: float  # UTC timestamp
    kind: Kind
    dispositif: str  # scheme id, e.g. "fami_chirurgien_dentiste_2024"
    id: str = ""  # stable per chat: f"{dispositif}:{kind}" unless given

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", f"{self.dispositif}:{self.kind}")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Reminder:
        return cls(
            chat_id=int(data["chat_id"]),
            due=float(data["due"]),
            kind=data["kind"],
            dispositif=str(data["dispositif"]),
            id=str(data.get("id") or ""),
        )

    @property
    def when(self) -> dt.datetime:
        """The due time in Paris."""
        return dt.datetime.fromtimestamp(self.due, PARIS)


def _at_nine(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, HOUR, tzinfo=PARIS)


def plan_reminders(dispositif: Dispositif, chat_id: int, now: dt.datetime) -> list[Reminder]:
    """The reminders still ahead of `now` for the scheme's declaration window.

    One at 09:00 (Paris) on the opening day, if still to come; one at 09:00 seven days before
    the closing day, or the day before it when seven days is already past (never before the
    opening day). Dates not published: nothing, the caller says so. A naive `now` is UTC.
    """
    if now.tzinfo is None:
        now = now.replace(tzinfo=dt.UTC)
    debut, fin = dispositif.declaration.debut, dispositif.declaration.fin
    out: list[Reminder] = []
    if debut is not None and _at_nine(debut) > now:
        out.append(Reminder(chat_id, _at_nine(debut).timestamp(), "ouverture", dispositif.id))
    if fin is not None:
        for days in CLOSING_NOTICE_DAYS:
            day = fin - dt.timedelta(days=days)
            if (debut is None or day >= debut) and _at_nine(day) > now:
                out.append(Reminder(chat_id, _at_nine(day).timestamp(), "cloture", dispositif.id))
                break
    return out


LAST_MONTH = (12, 1)  # the last month to act on an exercice starts on 1 December


def month_reminder(dispositif: Dispositif, chat_id: int, now: dt.datetime) -> Reminder | None:
    """ "Dernier mois pour agir": 09:00 on 1 December of the exercice, if still ahead."""
    if dispositif.exercice is None:
        return None
    if now.tzinfo is None:
        now = now.replace(tzinfo=dt.UTC)
    day = _at_nine(dt.date(int(dispositif.exercice), *LAST_MONTH))
    if day <= now:
        return None
    return Reminder(chat_id, day.timestamp(), "dernier_mois", dispositif.id)


def dates_watch(dispositif: Dispositif, chat_id: int, now: dt.datetime) -> Reminder:
    """A check of the scheme's declaration dates, the next morning at 09:00: sent once the
    knowledge publishes them, else checked again the morning after."""
    if now.tzinfo is None:
        now = now.replace(tzinfo=dt.UTC)
    day = now.astimezone(PARIS).date() + dt.timedelta(days=1)
    return Reminder(chat_id, _at_nine(day).timestamp(), "dates", dispositif.id)


def dates_known(dispositif: Dispositif) -> bool:
    return dispositif.declaration.debut is not None or dispositif.declaration.fin is not None
