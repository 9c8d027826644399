"""The stored session's schema: every earlier version migrates, damage is named, never shown."""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path

import pytest

from bot.session import FIELD_CHECKS, VERSION, Session, SessionDamaged

SAMPLES = Path(__file__).parent / "fixtures" / "sessions"
EXPECTED = Session(
    chat_id=4242,
    profession="chirurgien-dentiste",
    exercice="2024",
    answers={"logiciel_dmp": True, "cdc_sesam_vitale": True, "taux_fse": None},
    path={"logiciel_dmp.flux": "oui"},
    pending="taux_fse",
    history=["logiciel_dmp.flux", "cdc_sesam_vitale", "taux_fse"],
    reminders=[
        {
            "chat_id": 4242,
            "due": 1736755200.0,
            "kind": "ouverture",
            "dispositif": "fami_chirurgien_dentiste_2024",
            "id": "fami_chirurgien_dentiste_2024:ouverture",
        }
    ],
    seen=[901, 902],
    updated=1733050000.5,
)


@pytest.mark.parametrize("name", ["v1-first", "v1", "v2", "v3", "v4"])
def test_every_earlier_version_reads(name: str) -> None:
    session = Session.from_json((SAMPLES / f"{name}.json").read_text(), chat_id=4242)
    expected = EXPECTED if name != "v1-first" else Session(**{**EXPECTED.__dict__, "seen": []})
    assert session == expected
    assert json.loads(session.to_json())["v"] == VERSION


def test_a_sample_of_the_current_version_exists_and_round_trips() -> None:
    """Fails when the fields change without a new version, its migration and its sample."""
    sample = (SAMPLES / f"v{VERSION}.json").read_text().strip()
    assert Session.from_json(sample).to_json() == sample
    assert list(FIELD_CHECKS) == [f.name for f in fields(Session)]


def damaged(**changes: object) -> str:
    data = json.loads((SAMPLES / f"v{VERSION}.json").read_text())
    data.update(changes)
    return json.dumps({k: v for k, v in data.items() if v is not ...})


SECRET = "réponse-secrète-4242"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ((SAMPLES / "v2.json").read_text()[:70], "JSON illisible"),
        (b'{"v":2,"chat_id":4242,"pending":"\xff\xfe"}', "JSON illisible"),
        ("[1, 2]", "un objet JSON attendu"),
        ("null", "un objet JSON attendu"),
        (damaged(v=...), "version absente"),
        (damaged(v="2"), "version absente"),
        (damaged(answers=SECRET), "champ answers invalide"),
        (damaged(history=[SECRET, 3]), "champ history invalide"),
        (damaged(pending=3), "champ pending invalide"),
        (damaged(seen=["901"]), "champ seen invalide"),
        (damaged(hypothetical="non"), "champ hypothetical invalide"),
        (damaged(reminders=[{"id": SECRET}]), "champ reminders invalide"),
        (damaged(seen=...), "champs manquants : seen"),
        (damaged(chat_id=99), "une autre conversation"),
        (json.dumps({"v": 1, "profession": "medecin"}), "v1 sans chat_id"),
    ],
)
def test_damage_is_named_without_the_content(text: str | bytes, reason: str) -> None:
    with pytest.raises(SessionDamaged) as e:
        Session.from_json(text, chat_id=4242)
    assert reason in str(e.value)
    assert SECRET not in str(e.value)


def test_a_newer_version_is_read_as_far_as_known() -> None:
    """A rollback, or a replica not yet upgraded: the fields it knows, the others ignored."""
    newer = Session.from_json(damaged(v=VERSION + 1, field_from_the_future=1), chat_id=4242)
    assert newer == EXPECTED
