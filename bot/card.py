"""The result card: a PNG to look at on a phone and to keep, drawn with Pillow.

One bar per group, then the total: green what is earned, amber what is still possible (answers
to complete), grey what is out of reach, each out of the most the group pays. The figures are
the ones the text shows, from the same estimate (`bot.report.bars`); `draw_card` returns the
strings it drew with the picture, so a test can hold the two to the same figures.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from typing import Any

from PIL import Image, ImageDraw, ImageFont

from bot.fonts import font_path
from bot.render import other_source
from bot.report import Bar, bars
from bot.typography import typeset
from calculators.french import fmt_date, fmt_eur, fmt_points

WIDTH, MARGIN = 1080, 56
INK, MUTED, BAND = (33, 37, 41), (96, 104, 112), (22, 58, 110)
EARNED, POSSIBLE, LOST = (46, 125, 50), (240, 165, 0), (206, 210, 214)


@dataclass
class _Canvas:
    """Draws lines of text from the top down, remembering each string drawn."""

    draw: ImageDraw.ImageDraw
    y: int = 0
    texts: list[str] = field(default_factory=list)

    def text(self, s: str, size: int, bold: bool = False, fill=INK, x: int = MARGIN) -> None:
        font = _font(size, bold)
        for row in _wrap(self.draw, typeset(s), font, WIDTH - x - MARGIN):
            self.draw.text((x, self.y), row, font=font, fill=fill)
            self.texts.append(row)
            self.y += int(size * 1.3)


def _font(size: int, bold: bool) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_path(bold)), size)


def _wrap(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int):
    """Lines of `text` no wider than `width` pixels, cut between words."""
    rows, current = [], ""
    for word in text.split(" "):
        candidate = f"{current} {word}".strip()
        if current and draw.textlength(candidate, font=font) > width:
            rows.append(current)
            current = word
        else:
            current = candidate
    return [*rows, current] if current else rows


def _figures(b: Bar) -> str:
    out = f"{fmt_eur(b.acquis)} sur {fmt_eur(b.maximum)}"
    if b.points_max is not None:
        out += f" ({fmt_points(b.points or 0)} sur {fmt_points(b.points_max)})"
    return out


def _bar(c: _Canvas, b: Bar, missed: str, bold: bool = False) -> None:
    c.text(b.libelle, 30 if bold else 26, bold=True)
    top, height, width = c.y + 4, 34 if bold else 26, WIDTH - 2 * MARGIN
    x = MARGIN
    scale = width / b.maximum if b.maximum else 0
    for part, colour in ((b.acquis, EARNED), (b.possible, POSSIBLE), (b.perdu, LOST)):
        w = round(part * scale)
        if w > 0:
            c.draw.rectangle((x, top, x + w, top + height), fill=colour)
        x += w
    if not b.maximum:
        c.draw.rectangle((MARGIN, top, MARGIN + width, top + height), fill=LOST)
    c.y = top + height + 10
    details = [_figures(b)]
    if b.possible:
        details.append(f"encore possible {fmt_eur(b.possible)}")
    if b.perdu:
        details.append(f"{missed} {fmt_eur(b.perdu)}")
    c.text(" · ".join(details), 24, fill=MUTED)
    c.y += 18


def draw_card(ctx: dict[str, Any], today: dt.date, version: str) -> tuple[bytes, list[str]]:
    """The PNG of the result in `ctx` (`bot.report.result_context`), and the strings drawn."""
    groups, total = bars(ctx["est"], ctx["possible"])
    est, d = ctx["est"], ctx["d"]
    height = 420 + 150 * (len(groups) + 1) + 40 * sum(len(g.libelle) > 60 for g in groups)
    height += 40 * (ctx["other_max"] is not None)
    image = Image.new("RGB", (WIDTH, height), "white")
    c = _Canvas(ImageDraw.Draw(image))
    title = _wrap(c.draw, typeset(d.libelle), _font(34, True), WIDTH - 2 * MARGIN)
    c.draw.rectangle((0, 0, WIDTH, 60 + 44 * len(title)), fill=BAND)
    c.y = 30
    c.text(d.libelle, 34, bold=True, fill="white")
    c.y += 60
    if est.complet:
        c.text(f"{fmt_eur(est.total_eur)} sur {fmt_eur(total.maximum)} possibles", 48, bold=True)
    else:
        amount = f"Entre {fmt_eur(est.total_eur)} et {fmt_eur(est.total_eur_max)}"
        c.text(f"{amount} sur {fmt_eur(total.maximum)} possibles", 42, bold=True)
    if ctx["other_max"] is not None:  # the FS 2024–2025's 7 805 or 8 141 €
        c.text(other_source(ctx["other_max"]), 28, fill=MUTED)
    socle = {True: "atteint", False: f"non atteint : {ctx['lost']}"}
    c.text(f"{ctx['gating']} {socle.get(est.socle_atteint, 'à confirmer')}", 28, fill=MUTED)
    c.y += 24
    for g in groups:
        _bar(c, g, ctx["missed"])
    _bar(c, total, ctx["missed"], bold=True)
    legend_y = c.y
    x = MARGIN
    for label, colour in (
        ("acquis", EARNED),
        ("encore possible", POSSIBLE),
        (ctx["missed"], LOST),
    ):
        c.draw.rectangle((x, legend_y + 6, x + 22, legend_y + 28), fill=colour)
        c.draw.text((x + 32, legend_y), label, font=_font(24, False), fill=MUTED)
        c.texts.append(label)
        x += 60 + int(c.draw.textlength(label, font=_font(24, False)))
    c.y = legend_y + 48
    c.text(
        f"Estimation du {fmt_date(today)} · connaissances {version} · "
        "à confirmer auprès de votre CPAM",
        20,
        fill=MUTED,
    )
    image = image.crop((0, 0, WIDTH, c.y + 30))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue(), c.texts
