"""What a button does: one small typed class per action, and the registry of them all.

The engine puts actions under its choices and receives them back when one is tapped; it never
sees how a channel carries them (Telegram's 64-byte callback data is encoded and decoded in
`bot/telegram_render.py`). Data a channel cannot decode — an old keyboard, forged bytes —
arrives as `Stale`, which the engine answers with the current question.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

PROFILE = "_profil"  # Modify's target for "profession or exercice"
SHORTCUTS = ("reprendre", "recommencer", "resultat", "modifier")  # commands a button may run
RESULT_PARTS = ("detail", "plan", "sources", "fiche", "texte")  # what ShowResult may show


@dataclass(frozen=True)
class Action:
    """Base of every action: frozen, comparable, built from its fields only."""


@dataclass(frozen=True)
class Answer(Action):
    """An answer to a question: `value` is a choice's valeur, "oui", "non", "nsp" or "detail"."""

    question: str
    value: str


@dataclass(frozen=True)
class RunCommand(Action):
    """A button that does what a command does (Reprendre, Voir le résultat…)."""

    name: Literal["reprendre", "recommencer", "resultat", "modifier"]

    def __post_init__(self) -> None:
        if self.name not in SHORTCUTS:
            raise ValueError(self.name)


@dataclass(frozen=True)
class Modify(Action):
    """Ask an answered indicator again (its id), or the profile (`PROFILE`)."""

    target: str


@dataclass(frozen=True)
class ConfirmForget(Action):
    """The answer to "erase everything?"."""

    confirmed: bool


@dataclass(frozen=True)
class ShowFaqEntry(Action):
    """A suggested FAQ entry, by id."""

    entry: str


@dataclass(frozen=True)
class ShowRuleAnswer(Action):
    """A rule-grounded FAQ answer judged again for another case: the profession's deep-link
    slug, the exercice, the indicator ("teleservices.aat" for a component) and the situation
    ("69.8": a figure, "non": not met, "sans-volet_1": that group not met)."""

    profession: str
    exercice: str
    indicateur: str
    situation: str


@dataclass(frozen=True)
class StartEstimate(Action):
    """ "Estimer mon forfait" under a FAQ answer or a reminder: a /start payload, or ""."""

    payload: str


@dataclass(frozen=True)
class EstimateExercice(Action):
    """Start the estimate of another exercice of the same profession (under a result: the one
    that follows a finished exercice); the current answers give way to it."""

    exercice: str


@dataclass(frozen=True)
class ShowResult(Action):
    """One part of the result under the short one: the detail by indicator, the action plan,
    the sources, the card and PDF summary ("fiche"), or the short result as a text to copy
    ("texte", an advisor's)."""

    part: Literal["detail", "plan", "sources", "fiche", "texte"]

    def __post_init__(self) -> None:
        if self.part not in RESULT_PARTS:
            raise ValueError(self.part)


@dataclass(frozen=True)
class ContinueHypothetical(Action):
    """Go on past a failed socle, to see what the other indicators would bring."""


@dataclass(frozen=True)
class PlanReminders(Action):
    """Schedule the reminders of a scheme's declaration window (scheme id)."""

    scheme: str


@dataclass(frozen=True)
class WatchDates(Action):
    """ "Prévenez-moi dès que les dates sont connues": a scheme whose declaration dates are
    not published yet (scheme id)."""

    scheme: str


@dataclass(frozen=True)
class CompareExercice(Action):
    """The same answers judged for another exercice of the profession (its key: "2026")."""

    exercice: str


@dataclass(frozen=True)
class CancelReminders(Action):
    """Drop every reminder of the chat."""


@dataclass(frozen=True)
class ConfirmBroadcast(Action):
    """An advisor's answer under a broadcast preview: send it, or not."""

    send: bool


@dataclass(frozen=True)
class OpenWebApp(Action):
    """A button that opens a page inside the chat (a Telegram Mini App, `url` in HTTPS): the
    simulator under a result. Nothing comes back to the engine when it is tapped."""

    url: str


@dataclass(frozen=True)
class ShareInline(Action):
    """A button that shares through inline mode: the user picks a chat, where `query` is put
    after the bot's name (Telegram's switch_inline_query); the inline answer to it is what
    gets posted (`bot/result_share.py`). A channel without inline mode sends it back to the
    engine, which shows what would be shared."""

    query: str


@dataclass(frozen=True)
class Stale(Action):
    """A button whose data no longer means anything: from an old keyboard, or forged."""


# The registry: every action a choice may carry. A channel's codec covers each one (a test
# checks it), so adding an action here without a way to carry it fails at once. OpenWebApp
# travels as a web app button, ShareInline as a switch_inline_query button, not as data.
ACTIONS: tuple[type[Action], ...] = (
    Answer,
    RunCommand,
    Modify,
    ConfirmForget,
    ShowFaqEntry,
    ShowRuleAnswer,
    StartEstimate,
    EstimateExercice,
    ShowResult,
    ContinueHypothetical,
    PlanReminders,
    WatchDates,
    CompareExercice,
    CancelReminders,
    ConfirmBroadcast,
    OpenWebApp,
    ShareInline,
    Stale,
)
