"""VSM forfait: thresholds of guides 002/003 and the +20 % for structured VSM."""

import pytest

from calculators.vsm import vsm_amount
from knowledge import load


@pytest.mark.parametrize(
    ("ald", "structure", "eur"),
    [
        (49.9, 100, 0),
        (50, None, 1500),
        (50, 33.4, 1800),
        (89.9, 10, 1500),
        (90, None, 3000),
        (95, 40, 3600),
        (100 / 3 * 3, 100 / 3, 3600),  # exactly 1/3 structured earns the bonus ("au moins")
    ],
)
def test_vsm_amounts(ald: float, structure: float | None, eur: float) -> None:
    result = vsm_amount(load().vsm, ald, structure)
    assert result.eur == pytest.approx(eur)
    assert "pondération" in result.ponderation.lower() or "pondéré" in result.ponderation


def test_vsm_tension_is_explained() -> None:
    texts = " ".join(a.texte for a in load().vsm.avertissements)
    assert "au moins 1/3" in texts and "plus d'1/3" in texts
