"""The Mini App in a real browser (Debian's headless chromium, 360 pixels wide): answers
changed by clicks and typing give the total `estimate` gives for the same profile, in
French; Telegram's dark theme is followed; outside Telegram the page is read-only.
Screenshots go to a temporary folder, or to $MINIAPP_SHOTS (`make shots` refreshes
docs/miniapp/): a test run leaves the working tree as it found it. One browser and one server
for the whole module."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from telegram_harness import TOKEN
from webapp_helpers import NOW

from bench.browser import WIDTH, chromium, missing, served, settled, telegram
from bot.webapp_auth import init_data_for
from bot.webapp_server import WebApp
from calculators.french import fmt_eur
from calculators.payload import estimate_payload
from knowledge import Knowledge

pytestmark = pytest.mark.skipif(missing() is not None, reason=str(missing()))

LIGHT = {
    "bg_color": "#ffffff",
    "text_color": "#000000",
    "hint_color": "#707579",
    "link_color": "#3390ec",
    "button_color": "#3390ec",
    "button_text_color": "#ffffff",
    "secondary_bg_color": "#f4f4f5",
}
DARK = {
    "bg_color": "#212121",
    "text_color": "#ffffff",
    "hint_color": "#aaaaaa",
    "link_color": "#8774e1",
    "button_color": "#8774e1",
    "button_text_color": "#ffffff",
    "secondary_bg_color": "#181818",
}


@pytest.fixture(scope="module")
def base(kb: Knowledge) -> Iterator[str]:
    with served(WebApp(kb, TOKEN, now=lambda: NOW)) as url:
        yield url


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    chosen = os.environ.get("MINIAPP_SHOTS")
    return Path(chosen) if chosen else tmp_path_factory.mktemp("miniapp")


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    d = chromium()
    yield d
    d.quit()


def _open(driver: Any, url: str) -> None:
    driver.get(url)
    settled(driver)


def _js(driver: Any, script: str) -> Any:
    return driver.execute_script(script)


def _press(driver: Any, css: str) -> None:
    """A real click, the element first brought to the middle (not under the sticky bar), once
    the page has shown its last change: a result arriving between the scroll and the click
    (the gains box appearing above the form) moves the button from under the pointer, and the
    click was lost on a loaded machine."""
    settled(driver)
    element = driver.find_element("css selector", css)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def _click(driver: Any, indicator: str, value: str) -> None:
    _press(driver, f'#ind-{indicator} .seg button[data-value="{value}"]')


def _type(driver: Any, css: str, text: str) -> None:
    """Type into a field once it can take input: a rate field shown by « Détailler » may
    still be appearing (a fresh clone's CI once cleared it too early: « not interactable »)."""
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    field = driver.find_element("css selector", css)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", field)
    WebDriverWait(driver, 5, poll_frequency=0.01).until(
        expected_conditions.element_to_be_clickable(field)
    )
    field.clear()
    field.send_keys(text)


def _shown(driver: Any) -> dict[str, Any]:
    return _js(
        driver,
        "const t = document.getElementById('total'); return {text: t.textContent, "
        "eur: Number(t.dataset.eur), max: Number(t.dataset.eurMax), "
        "socle: document.getElementById('socle').textContent, "
        "status: document.getElementById('status').textContent, "
        "width: document.documentElement.scrollWidth}",
    )


def test_answers_changed_give_the_total_of_estimate(
    driver: Any, base: str, kb: Knowledge, shots: Path
):
    url = f"{base}/app/?profession=dentiste&exercice=2024"
    with telegram(driver, init_data_for(4242, TOKEN, int(NOW)), LIGHT, "light"):
        _open(driver, url)
        assert _js(driver, "return document.getElementById('save').hidden") is False
        for indicator in ("logiciel_dmp", "cdc_sesam_vitale", "horaires_annuaire"):
            _click(driver, indicator, "oui")
        _click(driver, "logiciel_dmp", "compatible_sans_flux")
        _click(driver, "logiciel_dmp", "oui")
        _click(driver, "messagerie_securisee", "oui")
        _type(driver, "#ind-taux_teletransmission input", "82,5")
        _click(driver, "accueil_etudiant", "non")
        _click(driver, "prise_en_charge_coordonnee", "nsp")
        settled(driver)
        shown = _shown(driver)
        profile = {
            "profession": "dentiste",
            "exercice": "2024",
            "indicateurs": {
                "logiciel_dmp": "oui",
                "cdc_sesam_vitale": "oui",
                "horaires_annuaire": "oui",
                "messagerie_securisee": "oui",
                "taux_teletransmission": 82.5,
                "accueil_etudiant": "non",
                "prise_en_charge_coordonnee": "nsp",
            },
        }
        expected = estimate_payload(kb, profile)
        assert _js(driver, "return window.forfaitApp.state.answers") == profile["indicateurs"]
        assert shown["eur"] == expected["min_eur"] and shown["max"] == expected["max_eur"]
        assert shown["text"] == fmt_eur(expected["min_eur"])  # "1 240 €", narrow spaces
        assert shown["socle"] == "Socle atteint ✓" and shown["status"] == ""
        assert shown["width"] <= WIDTH, "nothing wider than the phone"
        driver.save_screenshot(str(shots / "clair-360.png"))

        # the explanation and source of an indicator, from the same estimate
        _press(driver, "#ind-taux_teletransmission summary")
        why = driver.find_element("css selector", "#ind-taux_teletransmission details").text
        assert "82,5" in why and "guide méthodologique FAMI 2024" in why
        driver.execute_script(
            "document.getElementById('ind-taux_teletransmission').scrollIntoView()"
        )
        driver.save_screenshot(str(shots / "explication-360.png"))

        # a figure under the target: the socle fails, and a wrong one is answered in French
        _type(driver, "#ind-taux_teletransmission input", "60")
        settled(driver)
        assert _shown(driver)["socle"] == "Socle non atteint ✗"
        assert (
            _shown(driver)["eur"]
            == estimate_payload(
                kb,
                {**profile, "indicateurs": {**profile["indicateurs"], "taux_teletransmission": 60}},
            )["min_eur"]
        )
        _type(driver, "#ind-taux_teletransmission input", "150")
        settled(driver)
        assert "un pourcentage est entre 0 et 100" in _shown(driver)["status"]


def test_dark_theme_on_a_points_scheme(driver: Any, base: str, kb: Knowledge, shots: Path):
    with telegram(driver, init_data_for(4242, TOKEN, int(NOW)), DARK, "dark"):
        _open(driver, f"{base}/app/?profession=medecin&exercice=2026")
        _click(driver, "equipement_logiciel", "oui")
        _click(driver, "services_en_ligne", "detail")
        for comp, rate in (("dmt", "95"), ("fse", "90"), ("pse", "80"), ("aat", "75")):
            _type(driver, f'#ind-services_en_ligne .comp[data-comp="{comp}"] input', rate)
        _click(driver, "apcv_messagerie", "oui")
        settled(driver)
        colours = _js(
            driver,
            "const s = getComputedStyle(document.body); "
            "return [s.backgroundColor, s.color, document.documentElement.dataset.theme]",
        )
        shown = _shown(driver)
        driver.save_screenshot(str(shots / "sombre-360.png"))
    assert colours == ["rgb(33, 33, 33)", "rgb(255, 255, 255)", "dark"]
    profile = {
        "profession": "medecin",
        "exercice": "2026",
        "indicateurs": {
            "equipement_logiciel": "oui",
            "services_en_ligne": {"dmt": 95, "fse": 90, "pse": 80, "aat": 75},
            "apcv_messagerie": "oui",
        },
    }
    expected = estimate_payload(kb, profile)
    assert shown["eur"] == expected["min_eur"] and shown["text"] == fmt_eur(expected["min_eur"])
    assert shown["socle"] == "Socle atteint ✓" and shown["width"] <= WIDTH


def test_outside_telegram_the_page_is_read_only(driver: Any, base: str, kb: Knowledge, shots: Path):
    _open(driver, f"{base}/app/?profession=kine&exercice=2024")
    state = _js(
        driver,
        "return [document.getElementById('mode').hidden, document.getElementById('save').hidden,"
        " document.getElementById('profession').value, document.getElementById('exercice').value]",
    )
    assert state == [False, True, "masseur-kinesitherapeute", "2024"]
    empty = estimate_payload(kb, {"profession": "kine", "exercice": "2024"})
    assert _shown(driver)["eur"] == empty["min_eur"]
    assert _shown(driver)["max"] == empty["max_eur"]
    driver.save_screenshot(str(shots / "consultation-360.png"))
