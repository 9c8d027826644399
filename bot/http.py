"""Bot API calls over a small keep-alive HTTP/1.1 client: asyncio protocols, llhttp's parser.

Under load the HTTP client is the bot's largest cost after its own work: httpx (PTB's
default) took about 1 ms of CPU per call, aiohttp 230 to 460 µs. This client does only
what the Bot API needs (POST of a form, a JSON answer, one origin, keep-alive) over asyncio
protocols, and leaves the parsing of answers to `httptools` (llhttp, uvicorn's parser):
chunked or sized bodies, keep-alive or not, malformed answers refused. Same contract as
PTB's HTTPXRequest and the aiohttp transport it replaces: timeouts become TimedOut,
transport failures NetworkError, PTB reads the status and body; https through the default
TLS context, HTTPS_PROXY / HTTP_PROXY (CONNECT tunnel for https) unless NO_PROXY says not.
"""

from __future__ import annotations

import asyncio
import base64
import functools
import ssl
import time
import urllib.request
import uuid
from collections import deque
from dataclasses import dataclass
from typing import cast
from urllib.parse import unquote, urlsplit

import httptools
from telegram._utils.defaultvalue import DefaultValue
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

USER_AGENT = "forfait-bot (python-telegram-bot)"
FORM = b"application/x-www-form-urlencoded"
IDLE_EXPIRY = 15.0  # seconds a connection may wait unused before it is closed (aiohttp's)


class TransportError(ConnectionError):
    """The connection failed or closed before a whole answer came."""


@dataclass(frozen=True)
class Origin:
    """Where requests for a URL go: the server, and the proxy in front of it if any."""

    scheme: str
    host: str
    port: int
    proxy: str | None  # http://[user:password@]host:port

    @property
    def authority(self) -> str:
        default = 443 if self.scheme == "https" else 80
        return self.host if self.port == default else f"{self.host}:{self.port}"


class BotApiRequest(BaseRequest):
    """A keep-alive connection pool of at most `pool_size` connections per origin."""

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
        self._pools: dict[Origin, _Pool] | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read

    async def initialize(self) -> None:
        if self._pools is None:
            self._pools = {}

    async def shutdown(self) -> None:
        if self._pools is not None:
            for pool in self._pools.values():
                pool.close()
            self._pools = None

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
        if self._pools is None:
            raise RuntimeError("BotApiRequest n'est pas initialisé")
        read = self._read if isinstance(read_timeout, DefaultValue) else read_timeout
        connect = self._connect if isinstance(connect_timeout, DefaultValue) else connect_timeout
        pool_wait = self._pool if isinstance(pool_timeout, DefaultValue) else pool_timeout
        # No write timeout (bodies are written to the kernel's buffer at once): accepted, unused.
        origin, target = _route(url)
        pool = self._pools.get(origin)
        if pool is None:
            pool = self._pools[origin] = _Pool(origin, self.pool_size)
        try:
            head, body = _request(method, target, origin, request_data)
            conn = await pool.acquire(connect, pool_wait)
            try:
                status, answer = await conn.exchange(head, body, read)
            finally:
                pool.release(conn)
            return status, answer
        except TimeoutError as e:
            raise TimedOut from e
        except (OSError, httptools.HttpParserError) as e:  # ssl.SSLError is an OSError
            raise NetworkError(f"{type(e).__name__}: {e}") from e


class _Connection(asyncio.Protocol):
    """One HTTP/1.1 connection: one request at a time, its answer parsed as it arrives."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.reusable = False  # True once a whole answer came that allows keep-alive
        self.idle_since = 0.0
        self._parser = httptools.HttpResponseParser(self)
        self._answer: asyncio.Future[tuple[int, bytes]] | None = None
        self._body: list[bytes] = []
        self._headers_done = False
        self._framed = False  # a length or chunks: otherwise the body ends with the connection
        self._tunnel = False  # waiting for a proxy's answer to CONNECT (no body follows)

    # asyncio.Protocol

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)

    def data_received(self, data: bytes) -> None:
        if self._answer is None:  # nothing asked: not a connection to use again
            self.reusable = False
            self.close()
            return
        try:
            self._parser.feed_data(data)
        except httptools.HttpParserError as e:
            self._fail(e)
            self.close()

    def eof_received(self) -> bool:
        return False  # close the transport

    def connection_lost(self, exc: Exception | None) -> None:
        self.reusable = False
        self.transport = None
        if self._headers_done and not self._framed and self._answer is not None:
            self._finish(keep_alive=False)  # an answer delimited by the end of the connection
            return
        self._fail(exc or TransportError("connexion fermée avant la réponse complète"))

    # httptools callbacks

    def on_header(self, name: bytes, value: bytes) -> None:
        lowered = name.lower()
        if lowered == b"content-length" or (
            lowered == b"transfer-encoding" and b"chunked" in value.lower()
        ):
            self._framed = True

    def on_headers_complete(self) -> None:
        self._headers_done = True
        if self._tunnel:
            self._tunnel = False
            self._finish(keep_alive=False)

    def on_body(self, body: bytes) -> None:
        self._body.append(body)

    def on_message_complete(self) -> None:
        self._finish(self._parser.should_keep_alive())

    # the client's side

    @property
    def alive(self) -> bool:
        return self.transport is not None and not self.transport.is_closing()

    async def exchange(
        self, head: bytes, body: bytes, read: float | None, *, tunnel: bool = False
    ) -> tuple[int, bytes]:
        """Write the request, wait for its whole answer (at most `read` seconds)."""
        if self.transport is None:
            raise TransportError("connexion fermée")
        self.reusable = False
        self._body, self._headers_done, self._framed, self._tunnel = [], False, False, tunnel
        answer = self._answer = asyncio.get_running_loop().create_future()
        self.transport.write(head + body if len(body) < 65536 else head)
        if len(body) >= 65536:
            self.transport.write(body)  # a file: not copied once more
        try:
            async with asyncio.timeout(read):
                return await answer
        except BaseException:
            self._answer = None
            self.close()  # an answer may still come: this connection cannot serve another
            raise

    def close(self) -> None:
        if self.transport is not None:
            self.transport.close()

    def _finish(self, keep_alive: bool) -> None:
        answer, self._answer = self._answer, None
        if answer is None or answer.done():
            return
        self.reusable = keep_alive
        answer.set_result((self._parser.get_status_code(), b"".join(self._body)))

    def _fail(self, error: BaseException) -> None:
        answer, self._answer = self._answer, None
        if answer is not None and not answer.done():
            answer.set_exception(error)


class _Pool:
    """At most `size` connections to one origin; the most recently used is taken first."""

    def __init__(self, origin: Origin, size: int) -> None:
        self.origin = origin
        self.size = size
        self._idle: list[_Connection] = []
        self._open = 0  # connections counted against `size`: idle, in use or connecting
        self._waiters: deque[asyncio.Future[_Connection | None]] = deque()
        self._closed = False

    async def acquire(self, connect: float | None, wait: float | None) -> _Connection:
        now = time.monotonic()
        while self._idle:
            conn = self._idle.pop()
            if conn.alive and now - conn.idle_since < IDLE_EXPIRY:
                return conn
            conn.close()
            self._open -= 1
        if self._open >= self.size:
            conn = await self._wait(wait)
            if conn is not None:
                return conn
        else:
            self._open += 1
        try:
            return await _connect(self.origin, connect)
        except BaseException:
            self._hand_on(None)
            raise

    async def _wait(self, wait: float | None) -> _Connection | None:
        """A connection freed by another request, or None: a slot to open a new one."""
        slot: asyncio.Future[_Connection | None] = asyncio.get_running_loop().create_future()
        self._waiters.append(slot)
        try:
            async with asyncio.timeout(wait):
                return await slot
        except BaseException:
            if slot.done() and not slot.cancelled():  # handed over just as the wait ended
                self.release(slot.result())
            raise

    def release(self, conn: _Connection | None) -> None:
        if conn is not None and conn.reusable and conn.alive and not self._closed:
            conn.idle_since = time.monotonic()
            self._hand_on(conn)
        else:
            if conn is not None:
                conn.close()
            self._hand_on(None)

    def _hand_on(self, conn: _Connection | None) -> None:
        """Give a free connection (or a free slot: None) to the first waiter still there."""
        while self._waiters:
            slot = self._waiters.popleft()
            if not slot.done():
                slot.set_result(conn)
                return
        if conn is not None:
            self._idle.append(conn)
        else:
            self._open -= 1

    def close(self) -> None:
        self._closed = True
        for conn in self._idle:
            conn.close()
        self._idle.clear()


async def _connect(origin: Origin, timeout: float | None) -> _Connection:
    """A new connection to the origin (through its proxy's tunnel for https), TLS done."""
    loop = asyncio.get_running_loop()
    tls = _tls_context() if origin.scheme == "https" else None
    async with asyncio.timeout(timeout):
        if origin.proxy is None:
            _, conn = await loop.create_connection(
                _Connection, origin.host, origin.port, ssl=tls, server_hostname=_sni(origin, tls)
            )
            return conn
        proxy = urlsplit(origin.proxy)
        _, conn = await loop.create_connection(_Connection, proxy.hostname, proxy.port or 80)
        if tls is None:  # plain http: the proxy forwards requests written in absolute form
            return conn
        target = f"{origin.host}:{origin.port}"
        head = f"CONNECT {target} HTTP/1.1\r\nHost: {target}\r\n{_proxy_auth(origin.proxy)}\r\n"
        status, _ = await conn.exchange(head.encode("latin-1"), b"", None, tunnel=True)
        if not 200 <= status < 300 or conn.transport is None:
            conn.close()
            raise TransportError(f"le proxy a refusé le tunnel ({status})")
        tunneled = _Connection()
        transport = await loop.start_tls(conn.transport, tunneled, tls, server_hostname=origin.host)
        assert transport is not None
        tunneled.connection_made(transport)
        return tunneled


def _sni(origin: Origin, tls: ssl.SSLContext | None) -> str | None:
    return origin.host if tls is not None else None


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """The system's trusted authorities, hostnames checked: made once (it reads the store)."""
    return ssl.create_default_context()


def _proxy_auth(proxy: str) -> str:
    """The Proxy-Authorization header line for a proxy URL with credentials, else ""."""
    parts = urlsplit(proxy)
    if parts.username is None:
        return ""
    pair = f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode()
    return f"Proxy-Authorization: Basic {base64.b64encode(pair).decode()}\r\n"


@functools.lru_cache(maxsize=256)
def _route(url: str) -> tuple[Origin, str]:
    """The origin of a URL and the request target written for it (the Bot API's few URLs,
    each parsed once)."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        raise NetworkError(f"URL non prise en charge : {scheme}://")
    port = parts.port or (443 if scheme == "https" else 80)
    origin = Origin(scheme, parts.hostname, port, _proxy_for(scheme, parts.hostname))
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    # Through a proxy, a plain http request names the whole URL (no tunnel).
    target = f"{scheme}://{origin.authority}{path}" if origin.proxy and scheme == "http" else path
    return origin, target


@functools.cache
def _proxy_for(scheme: str, host: str) -> str | None:
    """HTTPS_PROXY / HTTP_PROXY unless NO_PROXY covers the host, as httpx does; read once."""
    if urllib.request.proxy_bypass(host):
        return None
    proxy = urllib.request.getproxies().get(scheme)
    if proxy and "://" not in proxy:
        proxy = f"http://{proxy}"
    return proxy


def _request(
    method: str, target: str, origin: Origin, request_data: RequestData | None
) -> tuple[bytes, bytes]:
    """The request's head and body: the form httpx sends for PTB (urlencoded; multipart when
    files are sent)."""
    content_type: bytes | None = None
    body = b""
    if request_data is not None:
        files = request_data.multipart_data
        if files:
            boundary = uuid.uuid4().hex
            body = _multipart(boundary, request_data.json_parameters, files)
            content_type = b"multipart/form-data; boundary=" + boundary.encode()
        else:
            body = form_body(request_data.json_parameters)
            content_type = FORM
    head = _head_start(method, target, origin.authority, origin.proxy)
    if content_type is not None:
        head += b"Content-Type: " + content_type + b"\r\n"
    return head + b"Content-Length: %d\r\n\r\n" % len(body), body


@functools.lru_cache(maxsize=256)
def _head_start(method: str, target: str, authority: str, proxy: str | None) -> bytes:
    """The head's lines that are the same for every call of a URL."""
    lines = f"{method} {target} HTTP/1.1\r\nHost: {authority}\r\nUser-Agent: {USER_AGENT}\r\n"
    if proxy is not None and target.startswith("http://"):
        lines += _proxy_auth(proxy)
    return lines.encode("latin-1")


def _multipart(boundary: str, params: dict[str, str], files: dict) -> bytes:
    """multipart/form-data as httpx writes it for PTB: each parameter, then each file."""
    out: list[bytes] = []
    dash = f"--{boundary}\r\n".encode()
    for name, value in params.items():
        out += [dash, b'Content-Disposition: form-data; name="%s"\r\n\r\n' % _quoted(name)]
        out += [value.encode(), b"\r\n"]
    for name, (filename, content, mime) in files.items():
        out += [dash, b'Content-Disposition: form-data; name="%s"' % _quoted(name)]
        if filename:
            out.append(b'; filename="%s"' % _quoted(filename))
        out += [f"\r\nContent-Type: {mime}\r\n\r\n".encode(), content, b"\r\n"]
    out.append(f"--{boundary}--\r\n".encode())
    return b"".join(out)


def _quoted(value: str) -> bytes:
    """A name in a Content-Disposition header, escaped as httpx does (HTML5 form rules)."""
    escaped = value.replace("\\", "\\\\").replace('"', "%22")
    return "".join(
        f"%{ord(c):02X}" if ord(c) < 0x20 and c != "\x1b" else c for c in escaped
    ).encode()


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
