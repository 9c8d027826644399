"""The Mini App's server for tests: started on a free port, called over real HTTP."""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator
from typing import Any

import aiohttp

from bot.webapp_server import WebApp, WebAppServer

NOW = 1_796_000_000.0  # 2026-11-30, the tests' frozen clock


@contextlib.asynccontextmanager
async def running(webapp: WebApp) -> AsyncIterator[str]:
    """The server's base URL while it runs."""
    server = WebAppServer(webapp, listen="127.0.0.1", port=0)
    await server.start()
    try:
        yield f"http://127.0.0.1:{server.port}"
    finally:
        await server.stop()


async def post(url: str, body: Any, raw: bytes | None = None) -> tuple[int, Any]:
    data = raw if raw is not None else json.dumps(body).encode()
    async with aiohttp.ClientSession() as http, http.post(url, data=data) as response:
        return response.status, await response.json(content_type=None)


async def get(url: str) -> tuple[int, Any]:
    async with aiohttp.ClientSession() as http, http.get(url) as response:
        text = await response.text()
        kind = response.headers.get("Content-Type", "")
        return response.status, json.loads(text) if kind.startswith("application/json") else text
