"""The start of the FSE rate's period for a practitioner whose first FSE is dated."""

import pytest

from bot.fse_start import fse_start
from bot.text_render import to_text


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "Installée en mai 2026 en cabinet dentaire, première FSE le 12 mai. Mon taux FSE du "
            "FAMI est calculé depuis le 1er janvier ?",
            "calculé du 1er juin au 31 décembre",
        ),
        ("première FSE le 14 octobre : mon taux est calculé à partir de quand ?", "1er novembre"),
        # installed one month, first FSE the next: the FSE dates the period
        ("installée en avril, première FSE en mai, mon taux est sur toute l'année ?", "1er juin"),
        # "ma toute première feuille de soins électronique mi-septembre"
        (
            "j'ai fait ma toute première feuille de soins électronique mi-septembre 2024. Sur "
            "quelle période mon taux de télétransmission est-il calculé ?",
            "1er octobre",
        ),
        # a start in December: the guide's particular case, counted from December
        (
            "dentiste, je démarre mon activité le 1er décembre 2026 : mon taux FSE 2026 sera "
            "calculé comment ?",
            "commence en décembre",
        ),
    ],
)
def test_the_period_starts_the_month_after_the_first_fse(text: str, shown: str) -> None:
    msg = fse_start(text)
    assert msg is not None and shown in to_text(msg).replace("\u202f", " ")


@pytest.mark.parametrize(
    "text",
    [
        "je me suis installé en septembre, les indicateurs du fs sont regardés a quelle date ?",
        "mon taux FSE est de 68 % en mai, c'est bon ?",
    ],
)
def test_no_first_fse_dated_no_period(text: str) -> None:
    assert fse_start(text) is None


def test_the_rates_objective_is_said_with_the_period() -> None:
    """The objective the responder reads from the exercice's rules, said after the period."""
    msg = fse_start("première FSE le 9 décembre, je suis pris en compte pour le taux ?", "≥ 70 %")
    assert msg is not None and "Objectif du taux\u202f: ≥ 70\u202f%." in to_text(msg)


def test_a_software_installed_in_a_month_dates_no_first_fse() -> None:
    """ "la version addendum 8 installée depuis juin" is the software's date, not the
    practitioner's start."""
    text = (
        "Pour 2024 j'avais la version 1.40 addendum 8 installée depuis juin. Mon taux de "
        "télétransmission a fini à 68 %. Qu'est-ce qui m'est payé ?"
    )
    assert fse_start(text) is None
