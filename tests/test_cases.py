"""Runs every YAML calculator case of tests/cases/ (name, profil, attendu)."""

import copy
from pathlib import Path

import pytest
import yaml

from calculators import ProfileError, estimate, read_profile
from calculators.profile import profile_range, read_vsm
from knowledge import load

CASES = [
    pytest.param(case, id=f"{path.stem}: {case['name']}")
    for path in sorted((Path(__file__).parent / "cases").glob("*.yaml"))
    for case in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
]


@pytest.mark.parametrize("case", CASES)
def test_case(case: dict) -> None:
    expected = case["attendu"]
    profil = copy.deepcopy(case["profil"])
    if "erreur" in expected:
        with pytest.raises(ProfileError) as err:
            read_vsm(load(), profil)
            read_profile(load(), profil)
        assert expected["erreur"] in str(err.value)
        return
    vsm = read_vsm(load(), profil)
    dispositif, answers = read_profile(load(), profil)
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
    scope = profile_range(result, vsm)
    for key in ("min_eur", "max_eur"):
        if key in expected:
            assert getattr(scope, key) == pytest.approx(expected[key]), key
    if "ambiguites" in expected:
        found = [
            {
                "id": a.id,
                "indicateur": a.indicateur,
                "eur": a.eur,
                "sources": [r.sources for r in a.lectures],
            }
            for a in scope.ambiguites
        ]
        assert found == expected["ambiguites"]
    if "vsm" in expected:
        assert vsm is not None
        for key, value in expected["vsm"].items():
            assert getattr(vsm, key) == pytest.approx(value), f"vsm.{key}"
