"""French formatting: "1 240 €", "22,5", "85 %" with narrow no-break spaces (U+202F), and
dates as "08/02/2026"."""

from __future__ import annotations

import datetime as dt

NNBSP = "\u202f"


def fmt_number(x: float, decimals: int | None = None) -> str:
    """1240 -> "1 240", 22.5 -> "22,5", 66.666667 -> "66,67"."""
    strip = decimals is None
    if decimals is None:
        decimals = 0 if float(x).is_integer() else 2
    text = f"{x:,.{decimals}f}".replace(",", NNBSP).replace(".", ",")
    if strip and "," in text:
        text = text.rstrip("0").rstrip(",")
    return text


def fmt_eur(x: float) -> str:
    """Whole euros without decimals, cents otherwise: "1 240 €", "472,50 €"."""
    if float(x).is_integer():
        return f"{fmt_number(x, 0)}{NNBSP}€"
    return f"{fmt_number(x, 2)}{NNBSP}€"


def fmt_pct(x: float) -> str:
    return f"{fmt_number(round(x, 2))}{NNBSP}%"


def fmt_points(x: float) -> str:
    return f"{fmt_number(x)}{NNBSP}point" + ("s" if abs(x) >= 2 else "")


def fmt_date(d: dt.date) -> str:
    """dd/mm/yyyy, as the guides and amelipro write dates: "08/02/2026"."""
    return f"{d:%d/%m/%Y}"
