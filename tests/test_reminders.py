"""plan_reminders: the opening day and a week (or a day) before the closing day, at 09:00 Paris."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.reminders import PARIS, Reminder, plan_reminders
from knowledge import load
from knowledge.schema import Dispositif, Periode

FAMI = "fami_chirurgien_dentiste_2024"


def paris(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=PARIS)


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def fami() -> Dispositif:
    d = load().dispositif("chirurgien-dentiste", "2024")
    assert d is not None and d.id == FAMI
    assert (d.declaration.debut, d.declaration.fin) == (dt.date(2025, 1, 13), dt.date(2025, 3, 3))
    return d


def planned(d: Dispositif, now: dt.datetime) -> list[tuple[str, dt.datetime]]:
    return [(r.kind, r.when) for r in plan_reminders(d, 42, now)]


OPENING = ("ouverture", paris(2025, 1, 13, 9))
WEEK_BEFORE = ("cloture", paris(2025, 2, 24, 9))
DAY_BEFORE = ("cloture", paris(2025, 3, 2, 9))


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (paris(2024, 12, 1, 12), [OPENING, WEEK_BEFORE]),
        (paris(2025, 1, 13, 8, 59), [OPENING, WEEK_BEFORE]),
        (paris(2025, 1, 13, 9), [WEEK_BEFORE]),  # due now is not ahead any more
        (paris(2025, 2, 1), [WEEK_BEFORE]),
        (paris(2025, 2, 24, 8, 30), [WEEK_BEFORE]),
        (paris(2025, 2, 24, 9, 1), [DAY_BEFORE]),
        (paris(2025, 3, 1, 20), [DAY_BEFORE]),
        (paris(2025, 3, 2, 10), []),
        (paris(2025, 3, 3, 8), []),
        (paris(2025, 6, 1), []),
    ],
)
def test_fami_2024(fami: Dispositif, now: dt.datetime, expected: list) -> None:
    assert planned(fami, now) == expected


def test_reminder_fields(fami: Dispositif) -> None:
    opening, closing = plan_reminders(fami, 42, utc(2024, 12, 1))
    assert opening == Reminder(
        chat_id=42,
        due=utc(2025, 1, 13, 8).timestamp(),  # 09:00 Paris is 08:00 UTC in winter
        kind="ouverture",
        dispositif=FAMI,
        id=f"{FAMI}:ouverture",
    )
    assert closing.id == f"{FAMI}:cloture" and closing.due == utc(2025, 2, 24, 8).timestamp()
    assert Reminder.from_dict(opening.to_dict()) == opening


def test_naive_now_is_utc(fami: Dispositif) -> None:
    assert plan_reminders(fami, 1, dt.datetime(2025, 1, 13, 7, 59)) == plan_reminders(
        fami, 1, utc(2025, 1, 13, 7, 59)
    )
    assert [r.kind for r in plan_reminders(fami, 1, dt.datetime(2025, 1, 13, 8))] == ["cloture"]


def with_dates(d: Dispositif, debut: dt.date | None, fin: dt.date | None) -> Dispositif:
    periode = Periode(debut=debut, fin=fin, sources=d.declaration.sources)
    return d.model_copy(update={"declaration": periode})


def test_dates_not_published(fami: Dispositif) -> None:
    assert plan_reminders(with_dates(fami, None, None), 42, utc(2024, 1, 1)) == []


def test_only_one_date_published(fami: Dispositif) -> None:
    only_fin = with_dates(fami, None, dt.date(2025, 3, 3))
    assert planned(only_fin, utc(2025, 1, 1)) == [WEEK_BEFORE]
    only_debut = with_dates(fami, dt.date(2025, 1, 13), None)
    assert planned(only_debut, utc(2025, 1, 1)) == [OPENING]


def test_summer_time(fami: Dispositif) -> None:
    summer = with_dates(fami, dt.date(2025, 6, 2), dt.date(2025, 7, 15))
    opening, closing = plan_reminders(summer, 1, utc(2025, 5, 1))
    assert opening.due == utc(2025, 6, 2, 7).timestamp()  # 09:00 Paris is 07:00 UTC in summer
    assert closing.when == paris(2025, 7, 8, 9)


def test_short_window_never_warns_of_closing_before_opening(fami: Dispositif) -> None:
    short = with_dates(fami, dt.date(2025, 3, 1), dt.date(2025, 3, 5))
    assert planned(short, utc(2025, 2, 1)) == [
        ("ouverture", paris(2025, 3, 1, 9)),
        ("cloture", paris(2025, 3, 4, 9)),
    ]
    one_day = with_dates(fami, dt.date(2025, 3, 1), dt.date(2025, 3, 1))
    assert planned(one_day, utc(2025, 2, 1)) == [("ouverture", paris(2025, 3, 1, 9))]


def test_shipped_schemes_without_dates() -> None:
    undated = [
        d
        for d in load().dispositifs.values()
        if d.declaration.debut is None and d.declaration.fin is None
    ]
    for d in undated:
        assert plan_reminders(d, 42, utc(2020, 1, 1)) == [], d.id
