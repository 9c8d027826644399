"""The explanation trace of `estimate` and the ranking of the missing answers."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.cli import main
from calculators import estimate, read_profile
from calculators.explain import _extreme, _missing_parts, missing_answers
from calculators.explain_text import explanation_text
from calculators.forfait import _totals
from calculators.values import UNKNOWN_VALUE
from knowledge import load

KB = load()


def _estimate(profession: str, exercice: int, indicateurs: dict):
    d, answers = read_profile(
        KB, {"profession": profession, "exercice": exercice, "indicateurs": indicateurs}
    )
    return d, answers, estimate(d, answers)


def _trace(est, ind_id: str):
    return next(t for t in est.explication.indicateurs if t.id == ind_id)


# ---- the trace ---------------------------------------------------------------------------


def test_fse_counts_show_the_rate_the_period_and_the_threshold_with_its_source() -> None:
    _, _, est = _estimate(
        "medecin",
        2023,
        {
            "taux_teletransmission": {
                "actes_fse": 800,
                "actes_total": 1000,
                "premiere_fse": dt.date(2023, 3, 5),
            }
        },
    )
    t = _trace(est, "taux_teletransmission")
    assert t.statut == "atteint"
    assert (t.cible_type, t.operateur) == ("taux", ">=")
    assert t.seuil == pytest.approx(200 / 3, abs=1e-4)
    assert t.valeur_retenue == 80
    assert "01/04/2023 au 31/12/2023" in t.calcul
    seuil = next(p for p in t.parametres if p.nom == "seuil")
    assert seuil.texte == "≥ 66,67\u202f%"
    assert seuil.sources and all("CGSS Martinique" in s for s in seuil.sources)
    assert "Exigé pour «\u202fVolet 1" in t.regle


def test_neutralised_and_unanswered_say_why() -> None:
    _, _, est = _estimate("medecin", 2023, {})
    cdc = _trace(est, "cdc_sesam_vitale")
    assert cdc.statut == "neutralise" and cdc.regle.startswith("Neutralisé pour 2023")
    sas = _trace(est, "sas")
    assert sas.reponse == "non renseigné" and sas.pourquoi == "Pas encore renseigné."
    assert "Seulement si «\u202fVolet 1" in sas.regle
    assert [p.texte for p in sas.parametres] == ["200\u202fpoints (1\u202f400\u202f€)"]


def test_failed_prerequisite_is_traced_on_the_group_and_the_indicator() -> None:
    _, _, est = _estimate("medecin", 2023, {"horaires_annuaire": "non", "sas": "oui"})
    groups = {g.id: g for g in est.explication.groupes}
    assert groups["volet_1"].atteint is False and "Non atteint" in groups["volet_1"].pourquoi
    assert groups["volet_2"].verse is False and groups["volet_2"].prerequis == ["volet_1"]
    assert "Non versé" in _trace(est, "sas").pourquoi


def test_components_and_mean_are_traced() -> None:
    _, _, est = _estimate(
        "medecin", 2026, {"services_en_ligne": {"dmt": 95, "fse": 98, "pse": 90, "aat": 80}}
    )
    t = _trace(est, "services_en_ligne")
    assert t.agregation == "moyenne" and t.valeur_retenue == pytest.approx(90.75)
    assert t.calcul == "Moyenne de 95, 98, 90, 80\u202f: 90,75\u202f%."
    assert {c.id: c.reponse for c in t.composantes} == {
        "dmt": 95,
        "fse": 98,
        "pse": 90,
        "aat": 80,
    }
    _, _, est = _estimate("medecin", 2023, {"teleservices": {"aat": 75, "cm_atmp": 10}})
    comps = {c.id: c for c in _trace(est, "teleservices").composantes}
    assert (comps["aat"].statut, comps["cm_atmp"].statut) == ("atteint", "non_atteint")
    assert comps["dmt"].reponse == "non renseigné" and comps["dmt"].statut is None


def test_rates_with_their_own_targets_are_not_an_unpublished_target() -> None:
    """The téléservices 2024: each rate has its target; the indicator's rule says so."""
    _, _, est = _estimate("medecin", 2024, {"teleservices": {"aat": 92}})
    rule = _trace(est, "teleservices").regle
    assert (
        "cible non publiée" not in rule and "Avis d'arrêt de travail en ligne (AAT) (≥ 90" in rule
    )


def test_the_trace_is_not_a_field_and_the_json_keys_stay() -> None:
    d, answers, est = _estimate("medecin", 2023, {"sas": "oui"})
    assert "explication" not in dataclasses.asdict(est)
    assert est == estimate(d, answers)  # the cached trace takes no part in equality
    assert est.explication is est.explication  # computed once


# ---- missing answers ranked by what they can change -------------------------------------


def test_volet_1_outranks_volet_2_and_ties_keep_the_order() -> None:
    d = KB.dispositif("medecin", "2023")
    ranked = missing_answers(d, {})
    volet_1 = [m for m in ranked if m.groupe == "volet_1"]
    assert [m.id for m in ranked[: len(volet_1)]] == [m.id for m in volet_1]
    assert volet_1[0].eur == 8141 and volet_1[0].points == 1163
    assert [m.ordre for m in volet_1] == sorted(m.ordre for m in volet_1)
    volet_2 = [m.eur for m in ranked if m.groupe == "volet_2"]
    assert volet_2 == sorted(volet_2, reverse=True) and volet_2[0] == 1400  # the SAS
    assert "cdc_sesam_vitale" not in {m.id for m in ranked}  # neutralised in 2023


def test_a_failed_volet_1_leaves_volet_2_worth_nothing_except_in_hypothetical_mode() -> None:
    d = KB.dispositif("medecin", "2023")
    answers = {"logiciel_segur_lap": False}
    ranked = missing_answers(d, answers)
    assert all(m.eur == 0 for m in ranked)
    sas = next(m for m in ranked if m.id == "sas")
    assert sas.bloque_par == ("volet_1",) and "Ne change rien tant que" in sas.raison
    hyp = missing_answers(d, answers, hypothetical=True)
    assert hyp[0].groupe == "volet_1" and hyp[0].eur == 8141
    sas = next(m for m in hyp if m.id == "sas")
    assert sas.eur == 1400 and "Compté comme si" in sas.raison


def test_optional_whose_absence_is_read_two_ways_moves_the_gap_between_the_readings() -> None:
    """The 2022 coordination is optional (000), but the volet 1 it belongs to pays 400 points
    (003) or 280 without it: unanswered, it can move 120 points = 840 €."""
    d = KB.dispositif("medecin", "2022")
    coordination = next(m for m in missing_answers(d, {}) if m.id == "prise_en_charge_coordonnee")
    assert coordination.eur == 840 and coordination.points == 120
    assert coordination.raison == "Pas encore renseigné."
    failed = missing_answers(d, {"horaires_annuaire": False})
    assert next(m for m in failed if m.id == "prise_en_charge_coordonnee").eur == 0


def test_dont_know_is_kept_apart_and_partial_components_are_listed() -> None:
    d = KB.dispositif("medecin", "2023")
    ranked = missing_answers(
        d, {"horaires_annuaire": None, "teleservices": {"aat": 75, "cm_atmp": 50, "pse": 85}}
    )
    horaires = next(m for m in ranked if m.id == "horaires_annuaire")
    assert horaires.repondu and horaires.eur == 8141
    first_unanswered = next(m for m in ranked if not m.repondu)
    assert first_unanswered.groupe == "volet_1" and ranked.index(horaires) > ranked.index(
        first_unanswered
    )
    tele = next(m for m in ranked if m.id == "teleservices")
    assert tele.composantes == ("dmt", "spe", "dsg") and tele.eur == 1050
    unsure = {"teleservices": {"aat": None, "cm_atmp": 50}}
    tele = next(m for m in missing_answers(d, unsure) if m.id == "teleservices")
    assert not tele.repondu and tele.composantes == ("pse", "dmt", "spe", "dsg")  # still to ask
    unsure["teleservices"].update(pse=1, dmt=1, spe=1, dsg=1)
    tele = next(m for m in missing_answers(d, unsure) if m.id == "teleservices")
    assert tele.repondu and tele.composantes == ()  # only the "je ne sais pas" left


def test_a_complete_questionnaire_misses_nothing() -> None:
    d = KB.dispositif("chirurgien-dentiste", "2024")
    answers = {ind.id: True for ind in d.indicateurs}
    assert missing_answers(d, answers) == []


def _answer(cible):
    """What a profile or the questionnaire can give for this target: yes, no, "je ne sais
    pas", or a figure where a published figure is compared."""
    simple = st.one_of(st.booleans(), st.just(UNKNOWN_VALUE), st.none())
    if cible.type in ("taux", "nombre", "moyenne") and cible.valeur is not None:
        return st.one_of(simple, st.floats(min_value=0, max_value=100, allow_nan=False))
    return simple


@st.composite
def scheme_and_answers(draw):
    d = draw(st.sampled_from(list(KB.dispositifs.values())))
    answers = {}
    for ind in d.indicateurs:
        if draw(st.booleans()):
            continue
        if ind.composantes and draw(st.booleans()):
            mean = ind.cible.type == "moyenne"
            answers[ind.id] = {
                c.id: draw(_answer(ind.cible if mean else c.cible))
                for c in ind.composantes
                if draw(st.booleans())
            }
        else:
            answers[ind.id] = draw(_answer(ind.cible))
    return d, answers, draw(st.booleans())


def _at(ind, value, *, met: bool):
    """This answer at its most (or least) favourable, the components given kept."""
    if isinstance(value, dict) and ind.composantes:
        return _extreme(ind, value, met=met)
    return met


@settings(max_examples=400, derandomize=True, deadline=None, database=None)
@given(scheme_and_answers())
def test_ranking_equals_what_if_totals(case) -> None:
    """What `missing_answers` computes with an evaluation or two per answer equals the
    definition on full totals: every other open answer met (and, in hypothetical mode, the
    failed groups corrected), the largest drop of the reachable or guaranteed total from this
    answer's best to its worst."""
    d, answers, hypothetical = case
    rate = d.valeur_point if d.unite == "points" else 1.0
    others_met = dict(answers)
    for ind in d.indicateurs:
        if _missing_parts(ind, answers) is not None:
            others_met[ind.id] = _at(ind, answers.get(ind.id), met=True)
    base = _totals(d, answers)
    failed = {g for g, state in base.met.items() if state is False}
    if hypothetical:
        for ind, e in base.evals.values():
            fails = ind.statut_exercice == "actif" and e.statut == "non_atteint"
            if ind.groupe in failed and fails:
                others_met[ind.id] = True
    for m in missing_answers(d, answers, hypothetical=hypothetical):
        ind = next(i for i in d.indicateurs if i.id == m.id)
        value = answers.get(ind.id)
        best = _totals(d, {**others_met, ind.id: _at(ind, value, met=True)})
        worst = _totals(d, {**others_met, ind.id: _at(ind, value, met=False)})
        moved = max(best.high - worst.high, best.low - worst.low)
        assert m.eur == pytest.approx(round(moved * rate, 2)), m.id


# ---- the command -------------------------------------------------------------------------


def _profile(tmp_path: Path) -> str:
    path = tmp_path / "profil.yaml"
    path.write_text(
        "profession: medecin\nexercice: 2025\nindicateurs:\n"
        "  logiciel_segur_lap: oui\n  taux_teletransmission: 66,67\n  sas: oui\n",
        encoding="utf-8",
    )
    return str(path)


def test_cli_explain_prints_rules_values_thresholds_and_sources(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["estimate", _profile(tmp_path), "--explain"]) == 0
    out = capsys.readouterr().out
    assert "Montant estimé" in out  # the usual result comes first
    explanation = out[out.index("Pourquoi ce résultat") :]
    assert "Seuil\u202f: > 66,67\u202f% (source\u202f: Forfait structure" in explanation
    assert "(cegedim-sante.com)" in explanation
    assert "Réponse\u202f: 66,67\u202f%" in explanation
    assert "Valeur du point\u202f: 7\u202f€" in explanation
    assert "1. SESAM-Vitale addendum 8" in explanation
    assert "Traceback" not in out


def test_cli_json_adds_the_trace_and_keeps_every_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["estimate", _profile(tmp_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    before = {
        *("dispositif", "profession", "exercice", "unite", "total_points", "total_eur"),
        *("total_points_max", "total_eur_max", "socle_atteint", "indicateurs", "groupes"),
        *("gains", "secondaire", "avertissements", "libelle", "vsm"),
    }
    assert set(data) == before | {"explication", "min_eur", "max_eur", "ambiguites"}
    explication = data["explication"]
    assert set(explication) == {
        *("dispositif", "unite", "valeur_point", "groupes", "indicateurs", "manquants")
    }
    fse = next(t for t in explication["indicateurs"] if t["id"] == "taux_teletransmission")
    assert fse["statut"] == "atteint" and fse["valeur_retenue"] == 66.67
    assert explication["manquants"][0]["id"] == "cdc_sesam_vitale"


def test_explanation_text_for_every_scheme_with_no_answer() -> None:
    for d in KB.dispositifs.values():
        est = estimate(d, {})
        text = explanation_text(d.libelle, est.explication)
        assert text.startswith(f"Pourquoi ce résultat — {d.libelle}")
        for plain in (" %", " :", " ;", "« ", " »"):  # narrow no-break spaces in our words
            assert plain not in _our_words(text, d, est.explication), (plain, d.id)


def _our_words(text: str, d, explication) -> str:
    """The text without what the data supplies (labels, citations, the guides' own wording)."""
    quoted = [d.libelle, *(g.libelle for g in explication.groupes)]
    quoted += [i.cible.texte or "" for i in d.indicateurs]
    quoted += [c.cible.texte or "" for i in d.indicateurs for c in i.composantes]
    for t in explication.indicateurs:
        quoted += [t.libelle, t.pourquoi, *t.sources, *(c.libelle for c in t.composantes)]
        quoted += [s for p in t.parametres for s in p.sources]
    quoted += [s for g in explication.groupes for p in g.parametres for s in p.sources]
    quoted += [s for g in explication.groupes for s in g.sources]
    quoted += explication.valeur_point.sources if explication.valeur_point else []
    for q in sorted(set(quoted) - {""}, key=len, reverse=True):
        text = text.replace(q, "")
    return text


@pytest.mark.parametrize(
    ("rates", "said"),
    [
        ({"dmt": 95, "fse": 98, "aat": 20}, "il lui faut au moins 27\u202f% pour une moyenne ≥ 60"),
        ({"dmt": 95, "fse": 30}, "il leur faut en moyenne au moins 57,5\u202f%"),
    ],
)
def test_a_mean_still_open_says_what_the_missing_rates_need(
    rates: dict[str, float], said: str
) -> None:
    """DMT 95, FSE 98, AAT 20 and the PSE unknown: the PSE needs 27 % for the Donum's 60 %
    mean (it said only « Il manque un des taux de la moyenne »)."""
    from knowledge import load

    d = load().dispositifs[("medecin", "2026")]
    est = estimate(d, {"services_en_ligne": rates}, gains=False)
    reason = next(r.raison for r in est.indicateurs if r.id == "services_en_ligne")
    assert said in reason
