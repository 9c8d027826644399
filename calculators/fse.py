"""The FSE télétransmission rate of guide 001 §1.4: exclusions and the start-month rule.

The rate is computed on the acts the practitioner counts, so the period shown is the one those
counts must cover: the whole exercice, or from the month after the first FSE.
"""

from __future__ import annotations

import datetime as dt

from calculators.french import fmt_number, fmt_pct


def fse_rate_from_counts(actes_fse: int, actes_total: int, actes_exclus: int = 0) -> float | None:
    """FSE acts over all acts, in %, once excluded acts are taken out of the field.

    `actes_exclus` are the excluded acts sent outside FSE (AME or provisional NIR, infants
    under 3 months, EHPAD residents outside secure mode, télésoins outside SESAM sans Vitale,
    S3404 forms): they leave the denominator. None when no act remains.
    """
    if actes_exclus > actes_total:
        raise ValueError("les actes exclus dépassent le total des actes")
    if actes_fse > actes_total - actes_exclus:
        raise ValueError("plus d'actes en FSE que d'actes pris en compte")
    field = actes_total - actes_exclus
    return None if field == 0 else 100 * actes_fse / field


def calculation_period(
    exercice: int, first_fse: dt.date | None, transmitted_year_before: bool
) -> tuple[dt.date, dt.date]:
    """The period the rate is computed on.

    A practitioner who already télétransmitted the year before: the whole year. Otherwise the
    period starts on the 1st of the month after the first FSE, except a December start, which
    keeps December so that the practitioner is still counted.
    """
    end = dt.date(exercice, 12, 31)
    if first_fse is not None and first_fse > end:
        raise ValueError(
            f"une première FSE après le 31/12/{exercice} ne compte pas pour {exercice}"
        )
    if transmitted_year_before or first_fse is None or first_fse.year < exercice:
        return dt.date(exercice, 1, 1), end
    if first_fse.month == 12:
        return dt.date(exercice, 12, 1), end
    return dt.date(exercice, first_fse.month + 1, 1), end


def describe(
    rate: float,
    period: tuple[dt.date, dt.date],
    actes_fse: int,
    actes: int,
    first_fse: dt.date | None,
) -> str:
    """The rate, the counts it comes from and the period they cover (the one the rate uses)."""
    start, end = period
    text = (
        f"Taux calculé : {fmt_pct(rate)} ({fmt_number(actes_fse)} FSE sur {fmt_number(actes)} "
        f"actes pris en compte), sur vos actes du {start:%d/%m/%Y} au {end:%d/%m/%Y}"
    )
    if first_fse is not None and start > dt.date(end.year, 1, 1):
        text += (
            f" : la période de calcul part du mois qui suit votre première FSE du "
            f"{first_fse:%d/%m/%Y}, vos actes sont ceux de cette période"
        )
    return text + "."
