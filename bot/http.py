"""Bot API calls over aiohttp instead of PTB's default httpx.

Under load most of the bot's CPU went into httpx/httpcore (connection-pool bookkeeping and
anyio layers on every call, about 1 ms per Bot API call); aiohttp's C-accelerated client
does the same call for a fraction of that. Same contract as PTB's HTTPXRequest: timeouts
become TimedOut, transport failures NetworkError, and PTB parses the status and body.
"""

from __future__ import annotations

import functools
import urllib.request
from urllib.parse import urlsplit

import aiohttp
from telegram._utils.defaultvalue import DefaultValue
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

USER_AGENT = "forfait-bot (python-telegram-bot, aiohttp)"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


class AiohttpRequest(BaseRequest):
    """A keep-alive connection pool of `pool_size` connections to the Bot API."""

    def __init__(
        self,
        pool_size: int = 1,
        *,
        read_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
    ) -> None:
        self.pool_size = pool_size
        self._read = read_timeout
        self._connect = connect_timeout
        self._pool = pool_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            # Not trust_env: aiohttp would then read ~/.netrc in a thread on every call.
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self.pool_size),
                headers={"User-Agent": USER_AGENT},
            )

    async def shutdown(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: float | DefaultValue[None] | None = BaseRequest.DEFAULT_NONE,
        write_timeout: float | DefaultValue[None] | None = BaseRequest.DEFAULT_NONE,
        connect_timeout: float | DefaultValue[None] | None = BaseRequest.DEFAULT_NONE,
        pool_timeout: float | DefaultValue[None] | None = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("AiohttpRequest n'est pas initialisé")
        read = self._read if isinstance(read_timeout, DefaultValue) else read_timeout
        connect = self._connect if isinstance(connect_timeout, DefaultValue) else connect_timeout
        pool = self._pool if isinstance(pool_timeout, DefaultValue) else pool_timeout
        # aiohttp's `connect` covers the wait for a free connection and the connection itself;
        # it has no write timeout (bodies here are small): write_timeout is accepted, unused.
        timeout = _timeout(connect, pool, read)
        try:
            body, headers = _body(request_data)
            async with self._session.request(
                method, url, data=body, headers=headers, timeout=timeout, proxy=_proxy(url)
            ) as response:
                return response.status, await response.read()
        except TimeoutError as e:
            raise TimedOut from e
        except aiohttp.ClientError as e:
            raise NetworkError(f"aiohttp.{type(e).__name__}: {e}") from e


@functools.lru_cache(maxsize=16)
def _timeout(
    connect: float | None, pool: float | None, read: float | None
) -> aiohttp.ClientTimeout:
    """The same few timeouts on every call: built once each."""
    return aiohttp.ClientTimeout(
        total=None,
        connect=None if connect is None or pool is None else connect + pool,
        sock_connect=connect,
        sock_read=read,
    )


@functools.cache
def _proxy_for(scheme: str, host: str) -> str | None:
    if urllib.request.proxy_bypass(host):
        return None
    return urllib.request.getproxies().get(scheme)


def _proxy(url: str) -> str | None:
    """HTTPS_PROXY / HTTP_PROXY unless NO_PROXY covers the host, as httpx does; read once."""
    parts = urlsplit(url)
    return _proxy_for(parts.scheme, parts.hostname or "")


# Each byte as `urlencode` writes it (`quote_plus`): unreserved as it is, a space as "+",
# anything else %XX, for a string of bytes read as latin-1 (one character per byte).
_UNRESERVED = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~")
_FORM_BYTES = [
    chr(b) if b in _UNRESERVED else "+" if b == 0x20 else f"%{b:02X}" for b in range(256)
]


def _form_value(text: str) -> str:
    """`quote_plus(text)`, in C (`str.translate`) rather than a Python loop over its bytes.
    Not cached: the texts sent hold users' answers and results."""
    return text.encode().decode("latin-1").translate(_FORM_BYTES)


def form_body(params: dict[str, str]) -> bytes:
    """`urlencode(params).encode()`, byte for byte (tests/test_http_and_pacing.py), at a
    fraction of its CPU (~60 µs for a question's sendMessage, ~35 µs this way)."""
    return "&".join(f"{_form_value(k)}={_form_value(v)}" for k, v in params.items()).encode()


def _body(request_data: RequestData | None) -> tuple[bytes | aiohttp.FormData | None, dict]:
    """The same form httpx sends for PTB (urlencoded; multipart when files are sent), built
    directly rather than through aiohttp's FormData."""
    if request_data is None:
        return None, {}
    files = request_data.multipart_data
    if not files:
        return form_body(request_data.json_parameters), FORM
    form = aiohttp.FormData()
    for name, value in request_data.json_parameters.items():
        form.add_field(name, value)
    for name, (filename, content, mime) in files.items():
        form.add_field(name, content, filename=filename, content_type=mime)
    return form, {}
