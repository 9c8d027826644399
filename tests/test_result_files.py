"""The result card (PNG) and the PDF summary (issue 12, item 2): drawn from the estimate the
text shows, with the same figures; the PDF on one or two pages, read back with pdftotext."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from test_result_phone import PATHS, Drive

from bot.actions import ShowResult
from bot.card import draw_card
from bot.engine import Engine
from bot.pdf_summary import knowledge_version, summary_pdf
from bot.report import bars, result_context
from bot.text_render import to_text
from calculators import estimate
from calculators.french import fmt_eur
from knowledge import Knowledge

TODAY = dt.date(2025, 1, 15)


def pdf_text(data: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is missing: `make test-tools` installs poppler-utils")
    path = tmp_path / "fiche.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
    return out.stdout.decode()


def pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", data))


@pytest.fixture(params=list(PATHS))
def drive(request: pytest.FixtureRequest, engine: Engine) -> Drive:
    return Drive(engine, *PATHS[request.param])


def test_card_and_pdf_carry_the_figures_of_the_text(drive: Drive, tmp_path: Path) -> None:
    short = to_text(drive.replies[0])
    photo, document = drive.do(ShowResult("fiche"))
    assert photo.attachment.kind == "photo" and document.attachment.kind == "document"
    image = Image.open(io.BytesIO(photo.attachment.data))
    assert image.format == "PNG" and image.width == 1080
    assert document.attachment.filename.endswith(".pdf")

    engine, s = drive.engine, drive.session
    d = engine._dispositif(s)
    ctx = engine._result_context(s, d)
    groups, total = bars(ctx["est"], ctx["possible"])
    _, drawn = draw_card(ctx, TODAY, knowledge_version())
    card = "\n".join(drawn)
    text = pdf_text(document.attachment.data, tmp_path)
    flat = re.sub(r"\s+", " ", text.replace("\u202f", " "))
    amounts = [fmt_eur(ctx["est"].total_eur), fmt_eur(total.maximum)]
    for amount in amounts:
        assert amount in short and amount in card, amount
        assert amount.replace("\u202f", " ") in flat, amount
    for g in groups:  # each group: the same earned and maximum on the card and in the PDF
        assert f"{fmt_eur(g.acquis)} sur {fmt_eur(g.maximum)}" in card
        assert f"{fmt_eur(g.maximum)}".replace("\u202f", " ") in flat
    assert f"Estimation du {TODAY:%d/%m/%Y}" in flat and knowledge_version() in flat
    assert pages(document.attachment.data) <= 2


def test_every_scheme_fits_two_pages(kb: Knowledge) -> None:
    for (profession, exercice), d in kb.dispositifs.items():
        schemes = [x for (p, _), x in kb.dispositifs.items() if p == profession]
        ctx = result_context(d, estimate(d, {}), {}, TODAY, schemes, {})
        assert 1 <= pages(summary_pdf(ctx, TODAY)) <= 2, (profession, exercice)


def test_the_bars_add_up(kb: Knowledge) -> None:
    for d in kb.dispositifs.values():
        est = estimate(d, {i.id: True for i in d.indicateurs})
        groups, total = bars(est, estimate(d, {}))
        assert sum(g.maximum for g in groups) == pytest.approx(total.maximum)
        assert sum(g.acquis for g in groups) == pytest.approx(total.acquis)


def test_what_a_missed_socle_leaves_unpaid_is_said_per_scheme(kb) -> None:
    """The FAMI's « aller vers » and student are paid without the socle: a missed socle does
    not stop « le reste »; the forfait structure's volet 2 does depend on its volet 1."""
    from bot.report import gated_loss

    fami = kb.dispositifs[("chirurgien-dentiste", "2025")]
    assert gated_loss(fami).endswith("les indicateurs indépendants le restent")
    assert gated_loss(kb.dispositifs[("medecin", "2025")]) == "le reste n'est pas versé"


def test_a_maximum_in_doubt_is_given_with_both_figures(engine: Engine, tmp_path: Path) -> None:
    """The forfait structure 2024's 7 805 or 8 141 €: the card, the PDF, the shared card's
    title and the comparison with 2025 each give the other maximum beside the one retained."""
    from bot.actions import CompareExercice
    from bot.result_share import share_query

    drive = Drive(engine, *PATHS["médecin bloqué"])
    other = fmt_eur(8141)
    d = engine._dispositif(drive.session)
    ctx = engine._result_context(drive.session, d)
    _, drawn = draw_card(ctx, TODAY, knowledge_version())
    assert f"(ou {other} selon une autre source)" in drawn
    flat = re.sub(r"\s+", " ", pdf_text(summary_pdf(ctx, TODAY), tmp_path).replace("\u202f", " "))
    assert f"ou {other} possibles selon une autre source".replace("\u202f", " ") in flat
    card = engine.shared_card(share_query(engine.kb, drive.session) or "")
    assert card is not None and f"sur {fmt_eur(7805)} (ou {other}) possibles" in card.title
    compared = "\n".join(to_text(m) for m in drive.do(CompareExercice("2025")))
    assert compared.count(f"(ou {other} selon une autre source) possibles") == 2, compared
