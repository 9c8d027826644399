"""Every total a source prints is reproduced by the calculator with every indicator met."""

import pytest

from calculators import estimate
from knowledge import load

SCHEMES = sorted(load().dispositifs.values(), key=lambda d: d.id)


def _all_met(d):
    return {
        i.id: (i.cible.max if i.cible.type == "points_declares" else True)
        for i in d.indicateurs
        if i.statut_exercice != "neutralise"
    }


@pytest.mark.parametrize("d", SCHEMES, ids=lambda d: d.id)
def test_published_totals(d) -> None:
    est = estimate(d, _all_met(d))
    assert est.complet and est.socle_atteint is not False
    points = {est.total_points, *(g.points for g in est.groupes)}
    euros = {est.total_eur, *(g.eur for g in est.groupes)}
    for total in d.totaux_publies:
        if total.points is not None:
            assert total.points in points, total.texte
        if total.eur is not None:
            assert total.eur in euros, total.texte


def test_printed_maxima() -> None:
    """The totals quoted in the issue, spelled out."""
    kb = load()
    cases = {
        ("medecin", "2023"): (1163, 8141),
        ("medecin", "2022"): (1385, 9695),
        ("medecin", "2024"): (1115, 7805),
        ("medecin", "2026"): (420, 2940),
        ("chirurgien-dentiste", "2024"): (None, 1240),
    }
    for (prof, year), (points, eur) in cases.items():
        d = kb.dispositif(prof, year)
        est = estimate(d, _all_met(d))
        assert (est.total_points, est.total_eur) == (points, eur), d.id
