"""The Mini App's figures: `python -m bench.webapp_bench`.

- time from a change on the page to the updated total, measured in the browser (Debian's
  headless chromium, 360 px wide): each change is a tap or a typed figure, timed by the page
  itself from the input event to the total shown (debounce, fetch, layout), median and p95;
- the estimate endpoint's latency (initData check, profile check, estimate, JSON), p50/p99,
  one client then 8 at once, over HTTP keep-alive on 127.0.0.1;
- the page's weight: HTML, script and style sheet, raw and gzipped, and the form JSON.

Prints plain lines; the server runs in this process, on a free port.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import gzip
import json
import statistics
import time

import aiohttp

from bench.browser import chromium, served, settled, telegram
from bot.webapp_auth import init_data_for
from bot.webapp_form import form
from bot.webapp_server import ASSETS, WebApp, WebAppServer
from knowledge import Knowledge, load

TOKEN = "123456:BENCH"
PROFILE = {
    "profession": "medecin",
    "exercice": "2026",
    "indicateurs": {
        "equipement_logiciel": "oui",
        "services_en_ligne": {"dmt": 95, "fse": 90, "pse": 80, "aat": 75},
        "teleservices_cm_dsg_spe": {"cm_atmp": 40, "dsg": 35, "spe": 31},
        "dmp_ordonnances": "oui",
        "apcv_messagerie": "non",
    },
}


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def page_weight(kb: Knowledge) -> None:
    total = zipped = 0
    for name in ("index.html", "app.js", "app.css"):
        data = (ASSETS / name).read_bytes()
        total += len(data)
        zipped += len(gzip.compress(data))
        print(f"{name}: {len(data) / 1024:.1f} kB ({len(gzip.compress(data)) / 1024:.1f} kB gzip)")
    print(f"page (html + js + css): {total / 1024:.1f} kB, {zipped / 1024:.1f} kB gzip")
    for prof, year in (("medecin", "2026"), ("dentiste", "2024")):
        raw = json.dumps(form(kb, prof, year, dt.date.today()), ensure_ascii=False).encode()
        print(
            f"form JSON {prof} {year}: {len(raw) / 1024:.1f} kB "
            f"({len(gzip.compress(raw)) / 1024:.1f} kB gzip)"
        )


async def endpoint_latency(kb: Knowledge, requests: int) -> None:
    server = WebAppServer(WebApp(kb, TOKEN), listen="127.0.0.1", port=0)
    await server.start()
    url = f"http://127.0.0.1:{server.port}/app/api/estimate"
    body = json.dumps({"initData": init_data_for(1, TOKEN, int(time.time())), "profile": PROFILE})

    async def client(http: aiohttp.ClientSession, n: int, out: list[float]) -> None:
        for _ in range(n):
            start = time.perf_counter()
            async with http.post(url, data=body) as response:
                await response.read()
                assert response.status == 200, response.status
            out.append((time.perf_counter() - start) * 1000)

    try:
        async with aiohttp.ClientSession() as http:
            await client(http, 20, [])  # warm-up
            for clients in (1, 8):
                times: list[float] = []
                start = time.perf_counter()
                await asyncio.gather(
                    *(client(http, requests // clients, times) for _ in range(clients))
                )
                rate = len(times) / (time.perf_counter() - start)
                print(
                    f"estimate endpoint, {clients} client(s): p50 {_pct(times, 0.5):.1f} ms, "
                    f"p99 {_pct(times, 0.99):.1f} ms, {rate:.0f} requests/s"
                )
    finally:
        await server.stop()


def change_to_total(kb: Knowledge, changes: int) -> None:
    from selenium.webdriver.common.by import By

    with served(WebApp(kb, TOKEN)) as base:
        driver = chromium()
        try:
            data = init_data_for(1, TOKEN, int(time.time()))
            with telegram(driver, data, {}, "light"):
                driver.get(f"{base}/app/?profession=medecin&exercice=2026")
                settled(driver)
                driver.execute_script("window.forfaitApp.timings.length = 0")
                buttons = {
                    v: driver.find_element(
                        By.CSS_SELECTOR, f'#ind-equipement_logiciel .seg button[data-value="{v}"]'
                    )
                    for v in ("oui", "non")
                }
                for i in range(changes):  # each change waits for its total: one at a time
                    driver.execute_script(
                        "arguments[0].click()", buttons["oui" if i % 2 else "non"]
                    )
                    settled(driver)
                timings = driver.execute_script("return window.forfaitApp.timings")
        finally:
            driver.quit()
    print(
        f"change to updated total, in the browser ({len(timings)} changes): "
        f"median {statistics.median(timings):.0f} ms, p95 {_pct(timings, 0.95):.0f} ms "
        "(debounce included)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--changes", type=int, default=100)
    args = parser.parse_args()
    kb = load()
    page_weight(kb)
    asyncio.run(endpoint_latency(kb, args.requests))
    change_to_total(kb, args.changes)


if __name__ == "__main__":
    main()
