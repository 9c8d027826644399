"""Runs every YAML calculator case of tests/cases/ (name, profil, attendu)."""

from pathlib import Path

import pytest
import yaml

from calculators import ProfileError, estimate, read_profile
from knowledge import load

CASES = [
    pytest.param(case, id=f"{path.stem}: {case['name']}")
    for path in sorted((Path(__file__).parent / "cases").glob("*.yaml"))
    for case in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
]


@pytest.mark.parametrize("case", CASES)
def test_case(case: dict) -> None:
    expected = case["attendu"]
    if "erreur" in expected:
        with pytest.raises(ProfileError) as err:
            read_profile(load(), case["profil"])
        assert expected["erreur"] in str(err.value)
        return
    dispositif, answers = read_profile(load(), case["profil"])
    result = estimate(dispositif, answers)
    by_id = {r.id: r for r in result.indicateurs}
    for key in ("total_points", "total_eur", "total_eur_max", "total_points_max"):
        if key in expected:
            assert getattr(result, key) == pytest.approx(expected[key]), key
    if "socle_atteint" in expected:
        assert result.socle_atteint is expected["socle_atteint"]
    for ind_id, statut in expected.get("statuts", {}).items():
        assert by_id[ind_id].statut == statut, f"{ind_id}: {by_id[ind_id].raison}"
    for key in ("points", "eur"):
        for ind_id, value in expected.get(key, {}).items():
            assert getattr(by_id[ind_id], key) == pytest.approx(value), f"{ind_id} {key}"
