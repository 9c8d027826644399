"""Debian's headless chromium, driven through its chromedriver (selenium), for the Mini App's
tests and bench: offline (telegram.org resolves to a closed port), a 360-pixel-wide phone
screen, and a fake `window.Telegram.WebApp` put in before the page's scripts run."""

from __future__ import annotations

import asyncio
import json
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from bot.webapp_server import WebApp, WebAppServer

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
WIDTH, HEIGHT = 360, 740


def missing() -> str | None:
    """Why the browser cannot run here, or None."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium absent (extra dev)"
    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        return "chromium / chromium-driver absents (make test-tools)"
    return None


@contextmanager
def served(webapp: WebApp) -> Iterator[str]:
    """The Mini App's server on its own event loop in a thread; yields its base URL."""
    loop = asyncio.new_event_loop()
    server = WebAppServer(webapp, listen="127.0.0.1", port=0)
    ready = threading.Event()

    def run() -> None:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(server.start())
        ready.set()
        loop.run_forever()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    ready.wait(10)
    try:
        yield f"http://127.0.0.1:{server.port}"
    finally:
        asyncio.run_coroutine_threadsafe(server.stop(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)


def chromium() -> Any:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--lang=fr-FR",
        "--host-resolver-rules=MAP telegram.org 127.0.0.1:9",  # never the internet
    ):
        options.add_argument(arg)
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 2, "mobile": True},
    )
    return driver


@contextmanager
def telegram(driver: Any, init_data: str, theme: dict[str, str], scheme: str) -> Iterator[None]:
    """Pages opened inside see a fake `Telegram.WebApp` with this identity and theme."""
    fake = {"initData": init_data, "themeParams": theme, "colorScheme": scheme}
    source = (
        f"window.Telegram = {{WebApp: Object.assign({json.dumps(fake)}, "
        "{ready() {}, expand() {}, onEvent() {}, close() {}})};"
    )
    added = driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": source})
    try:
        yield
    finally:
        driver.execute_cdp_cmd(
            "Page.removeScriptToEvaluateOnNewDocument", {"identifier": added["identifier"]}
        )


def settled(driver: Any, timeout: float = 5.0) -> None:
    """Wait until the page has shown the answer to its last change."""
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, timeout, poll_frequency=0.01).until(
        lambda d: d.execute_script("return document.body.dataset.state") == "ready"
    )
