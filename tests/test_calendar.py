"""The calendar of the exercices, on frozen dates around each boundary of the shipped data."""

from __future__ import annotations

import datetime as dt

import pytest

from calculators.calendar import (
    action_date,
    calendar,
    following,
    missing,
    offered,
    offered_first,
    status,
    window_text,
)
from knowledge import load

KB = load()
TODAY = dt.date(2026, 11, 30)


def schemes(profession: str) -> list:
    return [d for (p, _), d in KB.dispositifs.items() if p == profession]


def entry(profession: str, today: dt.date, cle: str):
    return next(s for s in calendar(schemes(profession), today) if s.cle == cle)


# ---- today (30 November 2026) ------------------------------------------------------------


def test_today_a_medecin_is_offered_2026_first_and_told_2025_is_closed() -> None:
    offers = calendar(schemes("medecin"), TODAY)
    first = offers[0]
    assert (first.cle, first.phase, first.dispositif.dispositif) == (
        "2026",
        "en_cours",
        "dotation_numerique",
    )
    assert first.libelle == "2026 — en cours, dates de déclaration non publiées"
    assert window_text(first) == "pas encore publiée"
    assert action_date(first).texte == "à faire avant le 31/12/2026"
    closed = entry("medecin", TODAY, "2025")
    assert closed.libelle == "2025 — déclaration close le 08/02/2026"
    assert window_text(closed) == "close depuis le 08/02/2026"
    assert (action_date(closed).quand, action_date(closed).texte) == (
        "trop_tard",
        "trop tard pour 2025",
    )
    assert not closed.actionnable


def test_today_the_forfait_structure_is_followed_by_the_dotation_numerique() -> None:
    nxt = following(schemes("medecin"), 2025, TODAY)
    assert nxt is not None and nxt.cle == "2026"
    assert nxt.dispositif.dispositif == "dotation_numerique" != "forfait_structure"
    assert following(schemes("medecin"), 2023, TODAY).cle == "2026"


def test_today_a_dentist_is_offered_a_provisional_2026_then_the_declared_years() -> None:
    offers = calendar(schemes("chirurgien-dentiste"), TODAY)
    assert [s.cle for s in offers] == ["2026", "2025", "2024", "2023"]
    provisional = offers[0]
    assert provisional.provisoire and provisional.dispositif.statut == "provisoire"
    assert (provisional.dispositif.exercice, provisional.dispositif.reconduit_de) == (2026, 2025)
    assert provisional.libelle == "2026 (provisoire) — en cours, dates de déclaration non publiées"
    assert provisional.note == "provisoire\u202f: règles 2025 reconduites faute de texte publié."
    assert action_date(provisional).texte == "à faire avant le 31/12/2026"
    assert [s.libelle for s in offers[1:]] == [
        "2025 — déclaration close le 02/03/2026",
        "2024 — déclaration close le 03/03/2025",
        "2023 — déclaration close le 03/03/2024",
    ]
    assert window_text(offers[2]) == "close depuis le 03/03/2025"
    nxt = following(schemes("chirurgien-dentiste"), 2025, TODAY)
    assert nxt is provisional or (nxt.cle, nxt.provisoire) == ("2026", True)


def test_today_every_shipped_exercice_has_a_place() -> None:
    for profession in ("medecin", "chirurgien-dentiste"):
        for s in calendar(schemes(profession), TODAY):
            assert s.libelle and window_text(s) and action_date(s).texte
            if s.exercice is None:
                assert (s.phase, s.libelle) == (
                    "projet",
                    "Projet de convention (dates non publiées)",
                )
            elif s.exercice <= 2025:
                assert s.phase == "terminee" and s.fenetre == "close" and not s.actionnable
            elif s.exercice == 2026:
                assert s.phase == "en_cours" and s.actionnable
            else:
                assert s.phase == "a_venir" and not s.actionnable
                assert s.libelle == f"{s.exercice} — à venir, à partir du 01/01/{s.exercice}"
    medecin = [s.cle for s in calendar(schemes("medecin"), TODAY)]
    assert medecin[:3] == ["2026", "2025", "2024"] and medecin[-3:] == ["2027", "2028", "projet"]


# ---- around the médecin 2025 window (15/12/2025 – 08/02/2026) ---------------------------


@pytest.mark.parametrize(
    ("today", "phase", "fenetre", "label", "window", "action"),
    [
        (
            dt.date(2025, 12, 14),
            "en_cours",
            "a_venir",
            "2025 — en cours, déclaration du 15/12/2025 au 08/02/2026",
            "à venir (du 15/12/2025 au 08/02/2026)",
            "à faire avant le 31/12/2025",
        ),
        (
            dt.date(2025, 12, 15),
            "en_cours",
            "ouverte",
            "2025 — en cours, déclaration du 15/12/2025 au 08/02/2026",
            "ouverte jusqu'au 08/02/2026",
            "à faire avant le 31/12/2025",
        ),
        (
            dt.date(2025, 12, 31),
            "en_cours",
            "ouverte",
            "2025 — en cours, déclaration du 15/12/2025 au 08/02/2026",
            "ouverte jusqu'au 08/02/2026",
            "à faire avant le 31/12/2025",
        ),
        (
            dt.date(2026, 1, 1),
            "terminee",
            "ouverte",
            "2025 — déclaration ouverte jusqu'au 08/02/2026",
            "ouverte jusqu'au 08/02/2026",
            "à déclarer du 15/12/2025 au 08/02/2026",
        ),
        (
            dt.date(2026, 2, 8),
            "terminee",
            "ouverte",
            "2025 — déclaration ouverte jusqu'au 08/02/2026",
            "ouverte jusqu'au 08/02/2026",
            "à déclarer du 15/12/2025 au 08/02/2026",
        ),
        (
            dt.date(2026, 2, 9),
            "terminee",
            "close",
            "2025 — déclaration close le 08/02/2026",
            "close depuis le 08/02/2026",
            "trop tard pour 2025",
        ),
    ],
)
def test_medecin_2025_around_its_boundaries(today, phase, fenetre, label, window, action) -> None:
    s = status(KB.dispositif("medecin", "2025"), today)
    assert (s.phase, s.fenetre, s.libelle) == (phase, fenetre, label)
    assert window_text(s) == window
    assert action_date(s).texte == action
    assert s.actionnable == (fenetre != "close")


def test_while_2025_can_be_declared_it_is_offered_before_the_running_year() -> None:
    for today in (dt.date(2026, 1, 1), dt.date(2026, 2, 8)):
        offers = [s.cle for s in calendar(schemes("medecin"), today)]
        assert offers[:2] == ["2025", "2026"]
    assert offered_first(schemes("medecin"), dt.date(2026, 2, 9)).cle == "2026"
    # In December 2025 the running year comes first, its window already open.
    assert offered_first(schemes("medecin"), dt.date(2025, 12, 20)).cle == "2025"
    assert following(schemes("medecin"), 2025, dt.date(2025, 12, 20)) is None  # 2026 not begun


# ---- around the chirurgien-dentiste 2025 window (12/01/2026 – 02/03/2026) ----------------


@pytest.mark.parametrize(
    ("today", "fenetre", "label", "action"),
    [
        (
            dt.date(2026, 1, 11),
            "a_venir",
            "2025 — déclaration du 12/01/2026 au 02/03/2026",
            "à déclarer du 12/01/2026 au 02/03/2026",
        ),
        (
            dt.date(2026, 1, 12),
            "ouverte",
            "2025 — déclaration ouverte jusqu'au 02/03/2026",
            "à déclarer du 12/01/2026 au 02/03/2026",
        ),
        (
            dt.date(2026, 3, 2),
            "ouverte",
            "2025 — déclaration ouverte jusqu'au 02/03/2026",
            "à déclarer du 12/01/2026 au 02/03/2026",
        ),
        (
            dt.date(2026, 3, 3),
            "close",
            "2025 — déclaration close le 02/03/2026",
            "trop tard pour 2025",
        ),
    ],
)
def test_dentist_2025_around_its_window(today, fenetre, label, action) -> None:
    s = entry("chirurgien-dentiste", today, "2025")
    assert (s.phase, s.fenetre, s.libelle) == ("terminee", fenetre, label)
    assert action_date(s).texte == action
    first = offered_first(schemes("chirurgien-dentiste"), today)
    assert first.cle == ("2025" if fenetre != "close" else "2026")


# ---- windows not in our sources, year boundaries, provisional years ---------------------


def test_an_unpublished_window_is_awaited_then_taken_as_closed() -> None:
    d = KB.dispositif("medecin", "2026")
    awaited = status(d, dt.date(2027, 1, 15))
    assert (awaited.phase, awaited.fenetre) == ("terminee", "non_publiee")
    assert awaited.libelle == "2026 — déclaration pas encore publiée"
    assert action_date(awaited).texte == "à déclarer\u202f: dates pas encore publiées"
    assert awaited.peut_declarer
    assert offered_first(schemes("medecin"), dt.date(2027, 1, 15)).cle == "2026"
    assert status(d, dt.date(2027, 6, 30)).fenetre == "non_publiee"
    closed = status(d, dt.date(2027, 7, 1))
    assert (closed.fenetre, closed.libelle) == ("close", "2026 — déclaration close")
    assert window_text(closed) == "close (dates non publiées dans nos sources)"
    assert action_date(closed).texte == "trop tard pour 2026"


def test_new_year_boundary() -> None:
    d = KB.dispositif("medecin", "2027")
    assert status(d, dt.date(2026, 12, 31)).phase == "a_venir"
    assert status(d, dt.date(2027, 1, 1)).phase == "en_cours"
    assert status(KB.dispositif("medecin", "2026"), dt.date(2026, 12, 31)).phase == "en_cours"
    assert status(KB.dispositif("medecin", "2026"), dt.date(2027, 1, 1)).phase == "terminee"


def test_provisional_years_come_from_the_data_only() -> None:
    """FAMI 2026 is provisional because its family file says so; the calendar invents none."""
    offers = calendar(schemes("chirurgien-dentiste"), dt.date(2028, 3, 1))
    assert [s.cle for s in offers if s.provisoire] == ["2026"]
    assert [s.cle for s in offers] == ["2026", "2025", "2024", "2023"]
    assert offers[0].fenetre == "close"  # its window was never published, long over
    assert not any(s.provisoire for s in calendar(schemes("medecin"), TODAY))
    later = calendar(schemes("medecin"), dt.date(2029, 2, 1))
    assert not any(s.provisoire for s in later) and "2029" not in [s.cle for s in later]


def test_the_exercice_question_offers_what_can_still_be_done_then_the_last_closed() -> None:
    assert [s.libelle for s in offered(schemes("medecin"), TODAY)] == [
        "2026 — en cours, dates de déclaration non publiées",
        "2025 — déclaration close le 08/02/2026",
        "2024 — déclaration close",
    ]
    assert [s.cle for s in offered(schemes("chirurgien-dentiste"), TODAY)] == [
        "2026",
        "2025",
        "2024",
    ]
    january = offered(schemes("medecin"), dt.date(2026, 1, 20))
    assert [s.cle for s in january] == ["2025", "2026", "2024", "2023"]
    assert january[0].libelle == "2025 — déclaration ouverte jusqu'au 08/02/2026"


def test_the_following_scheme_is_read_from_the_data() -> None:
    fami_2025 = KB.dispositif("chirurgien-dentiste", "2025")
    successor = fami_2025.model_copy(
        update={"id": "autre_2026", "exercice": 2026, "dispositif": "forfait_structure"}
    )
    others = [d for d in schemes("chirurgien-dentiste") if d.exercice != 2026]
    nxt = following([*others, successor], 2025, TODAY)
    assert (nxt.cle, nxt.provisoire, nxt.dispositif.dispositif) == (
        "2026",
        False,
        "forfait_structure",
    )


def test_the_draft_is_offered_last_and_never_dated() -> None:
    draft = KB.dispositif("medecin", "projet")
    s = status(draft, TODAY)
    assert (s.cle, s.phase, s.actionnable) == ("projet", "projet", False)
    assert action_date(s).quand == "non_date"
    assert calendar(schemes("medecin"), TODAY)[-1] == s
    assert calendar([], TODAY) == [] and offered_first([], TODAY) is None


def test_a_year_the_data_does_not_cover_yet_is_named() -> None:
    assert missing(schemes("chirurgien-dentiste"), TODAY) == []
    assert missing(schemes("chirurgien-dentiste"), dt.date(2028, 3, 1)) == [2027, 2028]
    assert missing(schemes("medecin"), dt.date(2029, 2, 1)) == [2029]
    assert missing([], TODAY) == []
