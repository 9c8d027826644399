"""`make eval` on the blind colloquial format: facts and verdicts instead of entry ids."""

from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

from bench import faq_eval
from bench.faq_eval import evaluate, fact_key, has_facts, main, rule_verdict

SAMPLE = Path(__file__).parent / "fixtures" / "faq_colloquial_sample.yaml"


@pytest.mark.parametrize(
    ("written", "fact"),
    [
        ("jusqu'à 1\u202f240\u00a0€", "1 240 €"),
        ("au moins 70 %", "70%"),
        ("l’ApCV", "l'apcv"),
        ("Télétransmission", "teletransmission"),
    ],
)
def test_facts_match_without_case_accents_apostrophes_or_spaces(written: str, fact: str) -> None:
    assert fact_key(fact) in fact_key(written)


def test_every_fact_is_needed_and_alternatives_are_any_of() -> None:
    text = "Non. Le seuil est de 2/3 des feuilles de soins."
    assert has_facts(text, ["seuil", ["deux tiers", "2/3"]])
    assert not has_facts(text, ["seuil", "70 %"])


@pytest.mark.parametrize("path", [p for _, p in faq_eval.SETS], ids=lambda p: p.stem)
def test_every_fact_of_a_set_is_a_string_or_a_list_of_strings(path: Path) -> None:
    """A fact nested one list too deep (« [["DSG", "grossesse"]] » beside a string) could
    never be found in an answer: the question would count wrong whatever the bot says."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for item in data.get("questions", []):
        for fait in item.get("faits", []):
            options = fait if isinstance(fait, list) else [fait]
            assert all(isinstance(o, str | int | float) for o in options), item["q"]


def test_the_opposite_verdict_is_wrong_even_with_the_facts() -> None:
    text = "Le Web DMP suffit-il ?\nNon. Le Web DMP ne valide pas l'indicateur."
    assert has_facts(text, ["web dmp"], "non")
    assert not has_facts(text, ["web dmp"], "oui")
    assert has_facts("Question ?\nLe seuil est de 70 %.", ["70 %"], "oui")  # no verdict given


def test_sample_set_counts_right_wrong_and_declined_apart() -> None:
    """Scored on the chat reply: "pile à 2/3" gets the calculator's verdict with the rule."""
    s = evaluate(path=SAMPLE)
    assert (s.n, s.n_oos) == (5, 2)
    assert s.top1 == pytest.approx(3 / 5)  # two entries, one verdict of the calculator
    assert s.wrong == pytest.approx(2 / 5)  # a contradicted verdict, a missing fact
    assert s.declined == 0
    assert s.rejection == 1.0
    assert s.wrong_overall == pytest.approx(2 / 7)
    assert {q for q, _, _ in s.wrong_answers} == {
        "un medecin non conventionne peut toucher le forfait structure ?",
        "combien au max pour le fami 2024",
    }


def test_the_index_alone_gives_the_threshold_for_a_target_quoted() -> None:
    """ "pile à 2/3 c bon ?": without the calculator, the entry on the FSE thresholds (no
    « Oui »/« Non » of its own) says the 2/3; the chat reply adds the calculator's reading."""
    s = evaluate(path=SAMPLE, index_only=True)
    assert s.top1 == pytest.approx(3 / 5)
    assert s.declined == 0


@pytest.mark.parametrize(
    ("question", "statut", "said"),
    [
        ("j'ai 68 % de fse, c'est bon ?", "atteint", "oui"),
        ("65 % de fse, ça suffit ?", "non_atteint", "non"),
        ("69,8 % de fse, je perds tout ?", "non_atteint", "oui"),  # yes, it is lost
        ("pile à 2/3 c'est bon ?", "ambigu", None),
        # the loss is the condition, not what is asked: "je touche" is answered "non"
        ("je touche les 100 € même si j'ai raté le taux de fse ?", "non_atteint", "non"),
        ("va-t-il toucher les options malgré le socle raté ?", "non_atteint", "non"),
        ("les 300 € je les touche quand même ou c'est tout ou rien ?", "atteint", "oui"),
        # "et si non je perds combien ?" follows the yes/no up: "ça passe ?" is answered
        ("69,8 % ça passe ? et si non je perds combien ?", "non_atteint", "non"),
        ("89,5 % de DMT... c'est mort pour un demi point ??", "non_atteint", "oui"),
        ("28 % de DMP. C'est loupé ?", "non_atteint", "oui"),
        ("pas de socle, mais 3 interventions. Les 300 € sautent aussi ?", "atteint", "non"),
        # "c'est normal ?" after a loss told: yes when the rule is not met
        ("66 %, j'ai pas eu les 100 € de coordination. c normal ?", "non_atteint", "oui"),
        ("j'ai rien reçu, mon taux était à 75 %. C'est normal ?", "atteint", "non"),
    ],
)
def test_the_calculators_verdict_is_read_as_the_answer(
    question: str, statut: str, said: str | None
) -> None:
    g = SimpleNamespace(statut=statut, situation=SimpleNamespace(sans=None))
    assert rule_verdict(g, question) == said


def test_verbose_lists_the_misses_of_the_sets_tuned_on_only(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(faq_eval, "SETS", [("sample (held out)", SAMPLE)])
    assert main(["-v"]) == 0
    assert "WRONG" not in capsys.readouterr().out
    monkeypatch.setattr(faq_eval, "SETS", [(f"sample {faq_eval.TUNED}", SAMPLE)])
    assert main(["-v"]) == 0
    assert "WRONG" in capsys.readouterr().out


def test_main_reports_every_figure(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SAMPLE)]) == 0
    out = capsys.readouterr().out
    for label in (
        "top-1",
        "top-3",
        "in-scope declined or suggested",
        "confident wrong answers (in scope)",
        "out-of-scope declined",
    ):
        assert label in out


def test_a_yes_on_a_block_waiting_is_read_as_the_verdict() -> None:
    """The reply's « Oui : « Volet 2 » n'est versé que si … » answers « ça m'empêche de
    toucher le volet 2 ? », whatever the indicator's own status."""
    g = SimpleNamespace(statut="non_atteint", situation=SimpleNamespace(sans=None))
    text = "Oui\u202f: «\u202fVolet 2\u202f» n'est versé que si «\u202fVolet 1\u202f» est atteint"
    assert rule_verdict(g, "ça m'empêche aussi de toucher le volet 2 ?", text) == "oui"
