"""Where each exercice stands on a given day: still running, declaration window to come, open
or closed, what can still be done, and which exercice to offer first.

Pure: today's date is always passed in. The calendar is read from the data only: an exercice
ends on 31/12, its declaration window is `declaration.debut`/`fin`, and the scheme that
follows a closed exercice is whichever scheme the data holds for a later year (forfait
structure 2025 → dotation numérique 2026). A year with no text of its own is in the data as a
provisional exercice (`provisoires:` of its family file, statut "provisoire"): the calendar
shows it as such, it never makes one up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from calculators.french import NNBSP, fmt_date
from knowledge.schema import Dispositif

Phase = Literal["projet", "a_venir", "en_cours", "terminee"]
Window = Literal["non_publiee", "a_venir", "ouverte", "close"]
Deadline = Literal["avant_fin", "a_declarer", "trop_tard", "non_date"]

# Dates not in our sources: every published campaign closed by early March of the year after
# the exercice (04/02/2024, 03/03/2024, 03/03/2025, 08/02/2026, 02/03/2026), so a window still
# unknown after June of that year is taken as closed rather than "pas encore publiée".
UNKNOWN_WINDOW_CLOSED_AFTER = (6, 30)


@dataclass(frozen=True)
class ExerciceStatus:
    """One exercice of a profession on `today`."""

    cle: str  # the exercice's key: "2026", or "projet" for the draft
    exercice: int | None
    dispositif: Dispositif
    provisoire: bool  # no text published for this year: an earlier year's rules carried over
    phase: Phase  # draft / not started / running (until 31/12) / over
    fenetre: Window  # the declaration window
    debut: dt.date | None  # the window's dates, when published
    fin: dt.date | None
    libelle: str  # for an exercice button: "2025 — déclaration close le 08/02/2026"

    @property
    def peut_agir(self) -> bool:
        """The indicators can still change: they are assessed on 31/12."""
        return self.phase == "en_cours"

    @property
    def peut_declarer(self) -> bool:
        """The declaration is open, or the year is over and its declaration still to come."""
        return self.fenetre == "ouverte" or (self.phase == "terminee" and self.fenetre != "close")

    @property
    def actionnable(self) -> bool:
        return self.peut_agir or self.peut_declarer

    @property
    def note(self) -> str | None:
        """What a provisional exercice must say wherever it is shown, after its year: "2026
        provisoire : règles 2025 reconduites faute de texte publié."."""
        if not self.provisoire:
            return None
        rules = self.dispositif.reconduit_de
        return f"provisoire{NNBSP}: règles {rules} reconduites faute de texte publié."


@dataclass(frozen=True)
class ActionDate:
    """When an action on an exercice can (still) be taken."""

    quand: Deadline
    texte: str  # "à faire avant le 31/12/2026", "à déclarer du … au …", "trop tard pour 2025"


def year_end(exercice: int) -> dt.date:
    return dt.date(exercice, 12, 31)


def status(d: Dispositif, today: dt.date) -> ExerciceStatus:
    """Where the exercice of `d` stands on `today`."""
    year = d.exercice
    debut, fin = d.declaration.debut, d.declaration.fin
    if year is None:
        phase: Phase = "projet"
    elif today < dt.date(year, 1, 1):
        phase = "a_venir"
    elif today <= year_end(year):
        phase = "en_cours"
    else:
        phase = "terminee"
    window = _window(year, debut, fin, today)
    provisional = d.statut == "provisoire"
    label = _label(year, phase, window, debut, fin, provisional)
    return ExerciceStatus(d.cle, year, d, provisional, phase, window, debut, fin, label)


def _window(year: int | None, debut: dt.date | None, fin: dt.date | None, today: dt.date) -> Window:
    if fin is not None and today > fin:
        return "close"
    if debut is not None and fin is not None:
        return "ouverte" if today >= debut else "a_venir"
    if year is not None and today > dt.date(year + 1, *UNKNOWN_WINDOW_CLOSED_AFTER):
        return "close"
    return "non_publiee"


def _label(
    year: int | None,
    phase: Phase,
    window: Window,
    debut: dt.date | None,
    fin: dt.date | None,
    provisional: bool,
) -> str:
    """An exercice button: "2026 — en cours, dates de déclaration non publiées" (the forfait
    structure 2025 opened in December 2025: "early next year" would be a guess)."""
    if year is None:
        return "Projet de convention (dates non publiées)"
    head = f"{year} (provisoire)" if provisional else str(year)  # `note` says why
    if phase == "a_venir":
        return f"{head} — à venir, à partir du {fmt_date(dt.date(year, 1, 1))}"
    dates = f"du {fmt_date(debut)} au {fmt_date(fin)}" if debut and fin else None
    if phase == "en_cours":
        when = f"déclaration {dates}" if dates else "dates de déclaration non publiées"
        return f"{head} — en cours, {when}"
    if window == "close":
        return f"{head} — déclaration close" + (f" le {fmt_date(fin)}" if fin else "")
    if window == "ouverte":
        return f"{head} — déclaration ouverte jusqu'au {fmt_date(fin)}"
    if window == "a_venir":
        return f"{head} — déclaration {dates}"
    return f"{head} — déclaration pas encore publiée"


def window_text(s: ExerciceStatus) -> str:
    """The declaration window for a result: "close depuis le 08/02/2026", "ouverte jusqu'au
    02/03/2026", "à venir (du 12/01/2026 au 02/03/2026)" or "pas encore publiée"."""
    if s.fenetre == "close":
        if s.fin is None:
            return "close (dates non publiées dans nos sources)"
        return f"close depuis le {fmt_date(s.fin)}"
    if s.fenetre == "ouverte":
        return f"ouverte jusqu'au {fmt_date(s.fin)}"
    if s.fenetre == "a_venir":
        return f"à venir (du {fmt_date(s.debut)} au {fmt_date(s.fin)})"
    return "pas encore publiée"


def action_date(s: ExerciceStatus) -> ActionDate:
    """An action dated against the exercice: before 31/12 while it runs, then within the
    declaration window, then too late."""
    if s.exercice is None:
        return ActionDate("non_date", "dates non publiées (projet de convention)")
    if s.phase in ("a_venir", "en_cours"):
        return ActionDate("avant_fin", f"à faire avant le {fmt_date(year_end(s.exercice))}")
    if s.fenetre == "close":
        return ActionDate("trop_tard", f"trop tard pour {s.exercice}")
    if s.debut is not None and s.fin is not None:
        return ActionDate("a_declarer", f"à déclarer du {fmt_date(s.debut)} au {fmt_date(s.fin)}")
    return ActionDate("a_declarer", f"à déclarer{NNBSP}: dates pas encore publiées")


def calendar(dispositifs: Iterable[Dispositif], today: dt.date) -> list[ExerciceStatus]:
    """Every exercice of one profession, in the order to offer them.

    First a finished year whose declaration is open or to come (its window closes early the
    next year), then the running year; then the closed ones, latest first; then the years not
    started; the draft last.
    """
    return sorted((status(d, today) for d in dispositifs), key=_offer_order)


def _offer_order(s: ExerciceStatus) -> tuple:
    year = s.exercice or 0
    if s.phase == "terminee" and s.peut_declarer:
        # Windows close early the year after: before the running year's 31/12.
        return (0, s.fin or dt.date.max, year)
    if s.peut_agir:
        return (1, year_end(year), year)
    if s.phase == "terminee":
        return (2, -year)
    if s.phase == "a_venir":
        return (3, year)
    return (4, 0)


# Closed exercices shown as buttons, latest first: enough to see where the last ones stand.
# Older ones, the years not started and the draft stay reachable by typing them.
OFFERED_CLOSED = 2


def offered(dispositifs: Iterable[Dispositif], today: dt.date) -> list[ExerciceStatus]:
    """The exercices the exercice question offers, in order: every one that can still be acted
    on or declared, then the latest closed ones."""
    entries = calendar(dispositifs, today)
    current = [s for s in entries if s.actionnable]
    closed = [s for s in entries if s.phase == "terminee" and not s.actionnable]
    return current + closed[:OFFERED_CLOSED] or entries[: OFFERED_CLOSED + 1]


def offered_first(dispositifs: Iterable[Dispositif], today: dt.date) -> ExerciceStatus | None:
    """The exercice to offer first: the one a practitioner can still act on soonest."""
    entries = calendar(dispositifs, today)
    return entries[0] if entries else None


def missing(dispositifs: Iterable[Dispositif], today: dt.date) -> list[int]:
    """Years up to today's after the last exercice in the data: no rules for them, not even
    provisional ones yet (a `provisoires:` entry is due); said, never silently left out."""
    years = [d.exercice for d in dispositifs if d.exercice is not None]
    return list(range(max(years) + 1, today.year + 1)) if years else []


def following(
    dispositifs: Iterable[Dispositif], exercice: int, today: dt.date
) -> ExerciceStatus | None:
    """The first later exercice whose indicators can still change: where the plan goes once
    `exercice` is over. Its `dispositif` may be another scheme (compare `.dispositif.
    dispositif` with the closed one's)."""
    later = [
        s
        for s in calendar(dispositifs, today)
        if s.exercice is not None and s.exercice > exercice and s.peut_agir
    ]
    return min(later, key=lambda s: s.exercice or 0, default=None)
