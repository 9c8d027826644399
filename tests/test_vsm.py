"""VSM forfait: thresholds of guides 002/003 and the +20 % for structured VSM."""

import pytest

from calculators.vsm import vsm_amount
from knowledge import load


@pytest.mark.parametrize(
    ("ald", "structure", "eur", "eur_max"),
    [
        (49.9, 100, 0, 0),
        (50, None, 1500, 1500),
        (50, 33.4, 1800, 1800),
        (89.9, 10, 1500, 1500),
        (90, None, 3000, 3000),
        (95, 40, 3600, 3600),
        # exactly 1/3 structured: « au moins 1/3 » (003) gives the bonus, « plus d'1/3 » (002)
        # does not: the guaranteed amount leaves it out, the maximum counts it
        (100 / 3 * 3, 100 / 3, 3000, 3600),
    ],
)
def test_vsm_amounts(ald: float, structure: float | None, eur: float, eur_max: float) -> None:
    result = vsm_amount(load().vsm, ald, structure)
    assert (result.eur, result.eur_max) == (pytest.approx(eur), pytest.approx(eur_max))
    assert (result.ambiguite is not None) == (eur != eur_max)
    assert "pondération" in result.ponderation.lower() or "pondéré" in result.ponderation


def test_vsm_tension_is_explained() -> None:
    texts = " ".join(a.texte for a in load().vsm.avertissements)
    assert "au moins 1/3" in texts and "plus d'1/3" in texts
