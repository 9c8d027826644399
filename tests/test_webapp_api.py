"""The Mini App's endpoints: Telegram's signature, the profile checks, the same JSON as
`forfait-bot estimate --json`, and answers saved into the chat's session under its lock."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
import yaml
from telegram_harness import TOKEN
from webapp_helpers import NOW, get, post, running

from bot.cli import main
from bot.engine import Engine
from bot.session import Session
from bot.store import SqliteStore
from bot.telegram_render import markup, parts
from bot.webapp_auth import InitDataError, init_data_for, sign, user_id
from bot.webapp_server import MAX_BODY, UNAUTHORIZED, WebApp
from knowledge import Knowledge

ALICE = 4242
CASES = Path(__file__).parent / "cases"
DENTISTE = {
    "profession": "dentiste",
    "exercice": "2024",
    "indicateurs": {"logiciel_dmp": "oui", "taux_teletransmission": 75},
}


def _json_profiles() -> list[tuple[str, dict]]:
    """Every profile of tests/cases that JSON can carry (dates cannot)."""
    found = []
    for path in sorted(CASES.glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]:
            try:
                json.dumps(case["profil"])
            except TypeError:
                continue
            found.append((f"{path.stem}: {case['name']}", case["profil"]))
    return found


PROFILES = _json_profiles()


@pytest.fixture
def webapp(kb: Knowledge) -> WebApp:
    return WebApp(kb, TOKEN, now=lambda: NOW)


def signed(uid: int = ALICE, age: float = 60) -> str:
    return init_data_for(uid, TOKEN, int(NOW - age))


# ---- initData -----------------------------------------------------------------------------


def test_init_data_gives_the_signed_user() -> None:
    assert user_id(signed(), TOKEN, NOW) == ALICE


@pytest.mark.parametrize(
    ("init_data", "why"),
    [
        (None, "absent"),
        ("", "absent"),
        (signed(age=86400 + 1), "expiré"),
        (signed(age=-3600), "expiré"),  # from the future
        (signed().replace("4242", "4243"), "signature fausse"),  # another user, same hash
        (init_data_for(ALICE, "999:OTHER", int(NOW)), "signature fausse"),  # another bot
        (signed().rsplit("&hash=", 1)[0], "signature fausse"),  # no hash
        (sign({"auth_date": str(int(NOW))}, TOKEN), "utilisateur absent"),
        ("x" * 5000, "trop long"),
    ],
    ids=["none", "empty", "expired", "future", "forged", "other-bot", "no-hash", "no-user", "long"],
)
def test_init_data_refused(init_data: object, why: str) -> None:
    with pytest.raises(InitDataError, match=why):
        user_id(init_data, TOKEN, NOW)


async def test_estimate_endpoint_checks_the_signature(webapp: WebApp) -> None:
    async with running(webapp) as base:
        url = f"{base}/app/api/estimate"
        ok = await post(url, {"initData": signed(), "profile": DENTISTE})
        answers = [
            await post(url, {"initData": data, "profile": DENTISTE})
            for data in (signed(age=90000), signed().replace("4242", "1"), "")
        ]
        missing = await post(url, {"profile": DENTISTE})
    assert ok[0] == 200 and ok[1]["dispositif"] == "fami_chirurgien_dentiste_2024"
    for status, body in [*answers, missing]:
        assert (status, body) == (401, {"erreur": UNAUTHORIZED})


# ---- the calculator --------------------------------------------------------------------------


def _cli(profile: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict]:
    """What the endpoint should answer, from `forfait-bot estimate --json`: 200 and its JSON,
    or 400 and its message."""
    path = tmp_path / "profil.yaml"
    path.write_text(yaml.safe_dump(profile, allow_unicode=True), encoding="utf-8")
    code = main(["estimate", str(path), "--json"])
    out, err = capsys.readouterr()
    if code == 2:
        return 400, {"erreur": err.strip()}
    assert code == 0
    return 200, json.loads(out)


async def test_estimate_returns_the_json_of_the_cli(
    webapp: WebApp, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert len(PROFILES) > 20
    async with running(webapp) as base:
        for name, profile in PROFILES:
            answer = await post(
                f"{base}/app/api/estimate", {"initData": signed(), "profile": profile}
            )
            assert answer == _cli(profile, tmp_path, capsys), name


async def test_preview_computes_without_identity(webapp: WebApp, tmp_path, capsys) -> None:
    async with running(webapp) as base:
        status, body = await post(f"{base}/app/api/preview", {"profile": DENTISTE})
    assert (status, body) == _cli(DENTISTE, tmp_path, capsys)


@pytest.mark.parametrize(
    ("profile", "message"),
    [
        (None, "Le profil doit être un document YAML avec profession, exercice et indicateurs."),
        ({"profession": "plombier", "exercice": 2024}, "Profession inconnue « plombier »"),
        ({**DENTISTE, "indicateurs": {"taux_teletransmission": "beaucoup"}}, "attend un pourcent"),
        ({**DENTISTE, "indicateurs": {"inconnu": "oui"}}, "Indicateur inconnu « inconnu »"),
        ({**DENTISTE, "en_trop": 1}, "Clé inconnue dans le profil : « en_trop »"),
    ],
    ids=["none", "profession", "value", "indicator", "key"],
)
async def test_a_bad_profile_gets_400_with_the_french_message(
    webapp: WebApp, profile: object, message: str
) -> None:
    async with running(webapp) as base:
        status, body = await post(
            f"{base}/app/api/estimate", {"initData": signed(), "profile": profile}
        )
    assert status == 400 and message in body["erreur"]


async def test_oversized_and_malformed_bodies(webapp: WebApp) -> None:
    big = {"initData": signed(), "profile": {**DENTISTE, "pad": "x" * MAX_BODY}}
    async with running(webapp) as base:
        url = f"{base}/app/api/estimate"
        too_big = await post(url, big)
        not_json = await post(url, None, raw=b"{nope")
        not_object = await post(url, [1, 2])
    assert too_big[0] == 413
    assert not_json[0] == not_object[0] == 400


# ---- the form and the page ---------------------------------------------------------------


async def test_form_lists_every_indicator_grouped_as_in_the_guides(
    webapp: WebApp, kb: Knowledge
) -> None:
    async with running(webapp) as base:
        for (profession, exercice), d in kb.dispositifs.items():
            status, form = await get(
                f"{base}/app/api/form?profession={profession}&exercice={exercice}"
            )
            assert status == 200
            assert [g["id"] for g in form["groupes"]] == [g.id for g in d.groupes]
            shown = [i["id"] for g in form["groupes"] for i in g["indicateurs"]]
            assert sorted(shown) == sorted(i.id for i in d.indicateurs)
            for g in form["groupes"]:
                for ind in g["indicateurs"]:
                    assert ind["saisie"] in ("oui_non", "nombre", "composantes")
                    assert ind["cible"] and ind["sources"]
        unknown = await get(f"{base}/app/api/form?profession=plombier&exercice=2024")
        default = await get(f"{base}/app/api/form")
    assert unknown[0] == 400 and "Profession inconnue" in unknown[1]["erreur"]
    assert default[1]["profession"] == "medecin" and default[1]["exercice"] == "2026"


async def test_the_page_and_its_assets(webapp: WebApp) -> None:
    async with running(webapp) as base:
        page = await get(f"{base}/app/")
        script = await get(f"{base}/app/app.js")
        style = await get(f"{base}/app/app.css")
        hidden = await get(f"{base}/app/../webapp_server.py")
    assert page[0] == script[0] == style[0] == 200
    assert '<html lang="fr">' in page[1] and "app.js" in page[1]
    assert hidden[0] == 404


# ---- saving into the chat --------------------------------------------------------------------


async def test_save_writes_the_session_under_the_chat_lock(kb: Knowledge, store: SqliteStore):
    told: list[int] = []

    async def notify(chat_id: int) -> None:
        told.append(chat_id)

    webapp = WebApp(kb, TOKEN, store, notify, now=lambda: NOW)
    old = Session(chat_id=ALICE, profession="chirurgien-dentiste", exercice="2024")
    old.answers = {"logiciel_dmp": False, "cdc_sesam_vitale": True}
    old.path = {"logiciel_dmp.flux": "non", "logiciel_dmp.equipement": "aucun"}
    old.history = ["logiciel_dmp", "cdc_sesam_vitale"]
    old.pending = "horaires_annuaire"
    await store.save(old)
    profile = {
        "profession": "dentiste",
        "exercice": "2024",
        "indicateurs": {
            "logiciel_dmp": "compatible_sans_flux",
            "cdc_sesam_vitale": "oui",
            "taux_teletransmission": 82,
            "messagerie_securisee": "nsp",
        },
    }
    async with running(webapp) as base:
        url = f"{base}/app/api/save"
        async with store.lock(ALICE):  # a chat event in progress: the save waits for it
            pending = asyncio.create_task(post(url, {"initData": signed(), "profile": profile}))
            await asyncio.sleep(0.3)
            assert not pending.done() and told == []
        assert await pending == (200, {"enregistre": True})
        refused = await post(url, {"initData": "", "profile": profile})
        bad = await post(url, {"initData": signed(), "profile": {**profile, "exercice": 1990}})
        _, saved = await post(f"{base}/app/api/session", {"initData": signed()})
    assert refused[0] == 401 and bad[0] == 400
    assert told == [ALICE]
    session = await store.load(ALICE)
    assert session is not None
    assert session.answers == {
        "logiciel_dmp": "ambigu",
        "cdc_sesam_vitale": True,
        "taux_teletransmission": 82.0,
        "messagerie_securisee": None,
    }
    # the tree's path to the situation named: the chat's result gives its reason and action
    assert session.path == {
        "logiciel_dmp.flux": "non",
        "logiciel_dmp.equipement": "compatible_sans_flux",
    }
    assert session.pending is None
    assert session.history[0] == "cdc_sesam_vitale"  # unchanged answers keep their place
    assert saved["profile"] == {
        "profession": "chirurgien-dentiste",
        "exercice": "2024",
        "indicateurs": {**profile["indicateurs"], "taux_teletransmission": 82.0},
    }


async def test_another_scheme_starts_the_session_afresh(kb: Knowledge, store: SqliteStore):
    webapp = WebApp(kb, TOKEN, store, now=lambda: NOW)
    await store.save(Session(chat_id=ALICE, profession="medecin", exercice="2024", answers={}))
    async with running(webapp) as base:
        none = await post(f"{base}/app/api/session", {"initData": signed(uid=7)})
        await post(f"{base}/app/api/save", {"initData": signed(), "profile": DENTISTE})
    session = await store.load(ALICE)
    assert none == (200, {"profile": None})
    assert (session.profession, session.exercice) == ("chirurgien-dentiste", "2024")
    assert session.answers == {"logiciel_dmp": True, "taux_teletransmission": 75.0}


# ---- reached from the chat -------------------------------------------------------------------


def test_simuler_button_under_each_result(kb: Knowledge) -> None:
    url = "https://bot.example.fr/app/"
    session = Session(chat_id=ALICE, profession="chirurgien-dentiste", exercice="2024")
    with_app = Engine(kb, webapp_url=url)._result(session, kb.dispositif(*DISPO))
    without = Engine(kb)._result(session, kb.dispositif(*DISPO))
    [part] = [p for p in parts(with_app) if p.rows]
    button = markup(part.rows).inline_keyboard[-1][0]
    assert button.text == "Simuler"
    assert button.web_app.url == f"{url}?profession=chirurgien-dentiste&exercice=2024"
    assert button.callback_data is None
    assert all(c.label != "Simuler" for row in without.choices for c in row)


DISPO = ("chirurgien-dentiste", "2024")
