"""End-to-end load on the real bot: `forfait-bot run` processes behind a fake Bot API.

    python -m bench.load_bench [--users 1000] [--mode polling|webhook] [--store sqlite|redis]
                               [--replicas 1|2] [--rate 200] [--sessions 10000]

N simulated practitioners run the whole questionnaire at once: /start, profession, exercice,
then every question, answered by tapping one of the buttons the bot sent or, for a value
question, by typing a number, until the result. Updates reach the bot through getUpdates
(polling: the fake Bot API feeds the long poll) or as POSTs to its webhook port(s) on
127.0.0.1 with the secret header (with two replicas, updates alternate between them; two
replicas share a Redis started here). Every reply is checked against the same engine run in
this process (a "shadow" of each conversation): same messages, same keyboards, in the right
chat; the final message must carry the total that `calculators.estimate` gives for the same
answers; every tap must be answered once.

Printed: updates handled, end-to-end updates/s, p50/p99 latency (update sent → the complete
reply received, i.e. its last message), the RSS of each bot process (from /proc), errors.
`--rate R` paces updates at R per second instead of as fast as replies come (latency at a
fixed load). `--sessions N` fills the store with N finished questionnaires first (memory of a
bot with a large store). Every run is bounded (`--timeout`) and stops every process it began.

`--proxy` puts the shipped nginx config (bench/proxy.py) in front of the webhook port(s):
updates then arrive over TLS from one address through up to 40 connections, as Telegram's do.

Private chats are not paced in the bots it starts (FORFAIT_BOT_PRIVATE_PACING=0): the
simulated users answer within milliseconds, where a person takes seconds, and the shipped
pace (10 messages in any 10 s per chat, bot/outbox.py) would measure their impatience, not
the bot; `--private-pacing` keeps it. `--max-rate R` caps every bot process at R
messages/s (FORFAIT_BOT_MAX_RATE; the shipped default caps nothing but bulk sends, see
bot/pacing.py); `--concurrency N` sets FORFAIT_BOT_CONCURRENCY.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import os
import random
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.fake_bot_api import BOT_USER, ApiCall, FakeBotApi, bot_env
from bench.proxy import nginx
from bot.actions import CancelReminders, PlanReminders, RunCommand
from bot.engine import Engine
from bot.events import Command, Event, Text
from bot.faq_replies import FaqResponder
from bot.session import Session
from bot.telegram_app import APOLOGY
from bot.telegram_render import decode, parts
from bot.telegram_run import YOUNG_COLLECTION
from calculators import estimate
from calculators.french import fmt_eur
from calculators.values import UNKNOWN_VALUE
from knowledge import Knowledge, load

TOKEN = "135790:BENCH-not-a-real-token-abcdefghij"
SECRET = "bench_Secret-42"
FIRST_CHAT = 50_000_000
PREFILL_FIRST_CHAT = 90_000_000
FORFAIT_BOT = Path(sys.executable).with_name("forfait-bot")
MAX_STEPS = 200  # a questionnaire never needs that many: a runaway loop is an error


# ---- processes ---------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def cpu_seconds(pid: int) -> float | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def stop_process(proc: subprocess.Popen[bytes], grace: float = 10.0) -> None:
    """SIGTERM (the bot shuts down cleanly), SIGKILL after `grace` seconds."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(grace)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


async def stop_bots(procs: list[subprocess.Popen[bytes]], grace: float = 10.0) -> None:
    """Stop the bots while the fake Bot API (same loop) still answers their last calls."""
    for proc in procs:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + grace
    while any(p.poll() is None for p in procs) and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
            proc.wait(5)


class RedisServer:
    def __init__(self, workdir: Path) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            raise SystemExit("redis-server est introuvable (make redis-server).")
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        args = ["--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        self.proc = subprocess.Popen(
            [binary, *args, "--logfile", str(workdir / "redis.log")],
            cwd=workdir,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
        )

    def wait_ready(self, timeout: float = 10.0) -> None:
        import redis

        client = redis.Redis.from_url(self.url)
        deadline = time.monotonic() + timeout
        try:
            while time.monotonic() < deadline and self.proc.poll() is None:
                with contextlib.suppress(redis.ConnectionError):
                    if client.ping():
                        return
                time.sleep(0.02)
        finally:
            client.close()
        raise RuntimeError("redis-server n'a pas démarré")

    def stop(self) -> None:
        stop_process(self.proc, 5)  # type: ignore[arg-type]


@dataclass
class BotProcess:
    name: str
    proc: subprocess.Popen[bytes]
    log: Path
    port: int | None  # webhook port
    rss_start: float = 0.0
    rss_peak: float = 0.0
    cpu_start: float = 0.0

    def sample(self) -> None:
        value = rss_mb(self.proc.pid)
        if value is not None:
            self.rss_peak = max(self.rss_peak, value)

    def log_errors(self) -> list[str]:
        text = self.log.read_text(encoding="utf-8", errors="replace")
        return [line for line in text.splitlines() if " ERROR " in line or "Traceback" in line]


def start_bot(name: str, env: dict[str, str], workdir: Path, webhook: bool) -> BotProcess:
    port = free_port() if webhook else None
    env = dict(env)
    if port is not None:
        env.update(
            TELEGRAM_WEBHOOK_URL="https://bot.example.org/hook",
            TELEGRAM_WEBHOOK_SECRET=SECRET,
            TELEGRAM_WEBHOOK_LISTEN="127.0.0.1",
            TELEGRAM_WEBHOOK_PORT=str(port),
        )
    command = [str(FORFAIT_BOT), "run"]
    log = workdir / f"{name}.stderr"
    proc = subprocess.Popen(
        command,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=log.open("w"),
        cwd=workdir,
    )
    return BotProcess(name, proc, log, port)


async def wait_ready(api: FakeBotApi, bots: list[BotProcess], timeout: float = 60.0) -> None:
    """Polling: the first getUpdates. Webhook: every port accepts and setWebhook came."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for b in bots:
            if b.proc.poll() is not None:
                tail = b.log.read_text(errors="replace")[-2000:]
                raise RuntimeError(f"{b.name} s'est arrêté au démarrage :\n{tail}")
        if all(b.port is None for b in bots):
            if any(c.method == "getUpdates" for c in api.calls):
                return
        else:
            hooks = sum(1 for c in api.calls if c.method == "setWebhook")
            if hooks >= len(bots) and all([await _port_open(b.port) for b in bots]):
                return
        await asyncio.sleep(0.05)
    raise RuntimeError("le bot n'a pas démarré à temps")


async def _port_open(port: int | None) -> bool:
    try:
        _, writer = await asyncio.open_connection("127.0.0.1", port)
    except OSError:
        return False
    writer.close()
    with contextlib.suppress(OSError):
        await writer.wait_closed()
    return True


class WebhookClient:
    """Keep-alive POSTs to the bots' webhook ports: a few asyncio streams per replica.

    Leaner than an httpx client (several times less CPU per request), which matters: the
    simulator shares the machine's cores with the bots it measures.
    """

    def __init__(
        self, ports: list[int], path: str, per_replica: int = 32, tls: ssl.SSLContext | None = None
    ) -> None:
        self.ports = ports
        self.path = path
        self.tls = tls
        self.idle: list[list[tuple[asyncio.StreamReader, asyncio.StreamWriter]]] = [
            [] for _ in ports
        ]
        self.slots = [asyncio.Semaphore(per_replica) for _ in ports]

    async def post(self, replica: int, body: bytes) -> int:
        async with self.slots[replica]:
            idle = self.idle[replica]
            if idle:
                reader, writer = idle.pop()
                first = await self._request(reader, writer, body)
                if first is not None:
                    return self._keep(replica, reader, writer, *first)
                # the server closed it while idle (its keep-alive time-out) before reading
                # the request: sent again on a new connection, as HTTP clients and Telegram do
            reader, writer = await asyncio.open_connection(
                "127.0.0.1", self.ports[replica], ssl=self.tls
            )
            answered = await self._request(reader, writer, body)
            if answered is None:
                raise ConnectionError("closed by the webhook before any answer")
            return self._keep(replica, reader, writer, *answered)

    def _keep(
        self,
        replica: int,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        status: int,
        keep: bool,
    ) -> int:
        if keep:
            self.idle[replica].append((reader, writer))
        else:
            writer.close()
        return status

    async def _request(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, body: bytes
    ) -> tuple[int, bool] | None:
        """The status and whether the connection stays open; None when it was closed before
        any byte of an answer."""
        try:
            writer.write(
                b"POST %s HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                b"X-Telegram-Bot-Api-Secret-Token: %s\r\nContent-Length: %d\r\n\r\n%s"
                % (self.path.encode(), SECRET.encode(), len(body), body)
            )
            try:
                line = await reader.readline()
            except ConnectionResetError:
                line = b""
            if not line:
                writer.close()
                return None
            status = int(line.split()[1])
            length, keep = 0, True
            while (line := await reader.readline()) not in (b"\r\n", b""):
                name, _, value = line.partition(b":")
                name = name.strip().lower()
                if name == b"content-length":
                    length = int(value)
                elif name == b"connection" and value.strip().lower() == b"close":
                    keep = False
            await reader.readexactly(length)
        except BaseException:
            writer.close()
            raise
        return status, keep

    def close(self) -> None:
        for idle in self.idle:
            for _, writer in idle:
                writer.close()
            idle.clear()


# ---- the simulated practitioners ---------------------------------------------------------------


@dataclass
class Expected:
    text: str
    buttons: list[tuple[str, str]]


@dataclass
class User:
    chat_id: int
    rng: random.Random
    session: Session
    expected: list[Expected] = field(default_factory=list)
    inbox: list[ApiCall] = field(default_factory=list)
    waiter: asyncio.Future[float] | None = None
    steps: int = 0
    done: bool = False
    right_result: bool = False
    failed: bool = False


def free_kind(kb: Knowledge, s: Session) -> str:
    """How the pending question may be answered by typing: "number", "percent" or "choice"."""
    if s.pending in (None, "profession", "exercice") or not (s.profession and s.exercice):
        return "choice"
    d = kb.dispositif(s.profession, s.exercice)
    if d is None:
        return "choice"
    ind_id, sep, comp_id = s.pending.partition(":")
    ind = next((i for i in d.indicateurs if i.id == ind_id.split(".")[0]), None)
    if ind is None:
        return "choice"
    if sep:
        comp = next((c for c in ind.composantes if c.id == comp_id), None)
        return "percent" if comp is not None and comp.cible.type == "taux" else "number"
    q = next((q for q in ind.questions if q.id == s.pending), None)
    if q is None or q.type == "valeur":
        if ind.cible.type == "booleen":
            return "choice"
        return "percent" if ind.cible.type in ("taux", "moyenne") else "number"
    return "choice"


def expected_total(kb: Knowledge, s: Session) -> str | None:
    """The amount line the result must show, from calculators.estimate on the same answers."""
    d = kb.dispositif(s.profession or "", s.exercice or "")
    if d is None:
        return None
    answers = {k: (UNKNOWN_VALUE if v is None else v) for k, v in s.answers.items()}
    est = estimate(d, {k: v for k, v in answers.items() if v != {}})
    if est.total_eur == est.total_eur_max:
        return f"Montant estimé\u202f: <b>{fmt_eur(est.total_eur)}</b>"
    return f"entre <b>{fmt_eur(est.total_eur)}</b> et <b>{fmt_eur(est.total_eur_max)}</b>"


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


class Simulator:
    def __init__(self, args: argparse.Namespace, kb: Knowledge, engine: Engine) -> None:
        self.args = args
        self.kb = kb
        self.engine = engine
        self.users: dict[int, User] = {}
        self.latencies: list[float] = []
        self.errors: Counter[str] = Counter()
        self.examples: dict[str, str] = {}
        self.open_queries: set[str] = set()
        self.updates = 0
        self.update_ids = iter(range(1, 10**9))
        self.client: WebhookClient | None = None
        self.api: FakeBotApi | None = None
        self.ready: deque[asyncio.Future[None]] = deque()
        self.first_sent = 0.0
        self.last_reply = 0.0
        self.starved = 0
        self.cpu_start = 0.0
        self.sending: set[asyncio.Future[None]] = set()

    def error(self, kind: str, example: str = "") -> None:
        self.errors[kind] += 1
        if example and kind not in self.examples:
            self.examples[kind] = example[:600]

    # -- the fake Bot API tells us about every call

    def on_call(self, call: ApiCall) -> None:
        if call.method == "sendMessage":
            user = self.users.get(call.chat_id or 0)
            if user is None:
                self.error("reply to a chat that wrote nothing", repr(call.params)[:300])
                return
            user.inbox.append(call)
            if call.text == APOLOGY:  # the update hit an error in the bot: this user stops
                self.error("apology sent: an error reached the bot's error handler")
                user.failed = True
                if user.waiter is not None and not user.waiter.done():
                    user.waiter.set_result(call.t)
                return
            waiter = user.waiter
            if waiter is not None and not waiter.done() and len(user.inbox) >= len(user.expected):
                waiter.set_result(call.t)
        elif call.method == "answerCallbackQuery":
            query_id = call.params.get("callback_query_id")
            if query_id in self.open_queries:
                self.open_queries.discard(query_id)
            else:
                self.error("callback query answered twice or unknown", str(query_id))

    # -- updates

    def _message(self, user: User, text: str) -> dict[str, Any]:
        n = next(self.update_ids)
        msg: dict[str, Any] = {
            "message_id": n,
            "date": int(time.time()),
            "chat": {"id": user.chat_id, "type": "private", "first_name": "Docteur"},
            "from": {"id": user.chat_id, "is_bot": False, "first_name": "Docteur"},
            "text": text,
        }
        if text.startswith("/"):
            msg["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        return {"update_id": n, "message": msg}

    def _callback(self, user: User, data: str) -> dict[str, Any]:
        n = next(self.update_ids)
        query_id = f"q{n}"
        self.open_queries.add(query_id)
        return {
            "update_id": n,
            "callback_query": {
                "id": query_id,
                "from": {"id": user.chat_id, "is_bot": False, "first_name": "Docteur"},
                "chat_instance": f"ci{user.chat_id}",
                "data": data,
                "message": {
                    "message_id": n,
                    "date": int(time.time()),
                    "chat": {"id": user.chat_id, "type": "private", "first_name": "Docteur"},
                    "from": BOT_USER,
                    "text": "(question)",
                },
            },
        }

    def next_move(self, user: User) -> tuple[dict[str, Any], Event] | None:
        """The user's next update and the engine event it stands for; None once done."""
        if not user.expected:
            return self._message(user, "/start"), Command("start")
        data = [d for _, d in user.expected[-1].buttons]
        if "c:modifier" in data or not data:  # the result (or a dead end: reported)
            return None
        kind = free_kind(self.kb, user.session)
        if kind != "choice" and user.rng.random() < 0.5:
            if kind == "percent":
                text = f"{user.rng.randint(0, 100)}" + user.rng.choice(["", ",5", " %"])
            else:
                text = str(user.rng.randint(0, 30))
            return self._message(user, text), Text(text)
        choice = user.rng.choice(data)
        return self._callback(user, choice), decode(choice)

    async def send(self, update: dict[str, Any]) -> None:
        if self.client is None:
            assert self.api is not None
            self.api.push(update)
            return
        replica = update["update_id"] % len(self.client.ports)  # alternate between replicas
        try:
            status = await asyncio.wait_for(
                self.client.post(replica, json.dumps(update).encode()), self.args.step_timeout
            )
            if status != 200:
                self.error(f"webhook HTTP {status}")
        except Exception as e:  # counted, the user then times out
            self.error(f"webhook {type(e).__name__}", str(e))

    async def step(self, user: User, update: dict[str, Any], event: Event) -> bool:
        shadow = self.engine.step(user.session, event)
        user.session = shadow.session
        expected = []
        for message in shadow.replies:
            if message.confirms is not None:  # shown over the question (editMessageText)
                continue
            for part in parts(message):
                expected.append(Expected(part.html, [b for row in part.rows for b in row]))
        user.expected, user.inbox = expected, []
        user.waiter = asyncio.get_running_loop().create_future()
        user.steps += 1
        if self.args.rate:
            turn = asyncio.get_running_loop().create_future()
            self.ready.append(turn)
            await turn
        sent = time.perf_counter()
        self.first_sent = self.first_sent or sent
        task = asyncio.ensure_future(self.send(update))
        self.sending.add(task)
        task.add_done_callback(self.sending.discard)
        try:
            received = await asyncio.wait_for(user.waiter, self.args.step_timeout)
        except TimeoutError:
            self.error("no complete reply within the step time-out", repr(event))
            return False
        if user.failed:
            return False
        self.updates += 1
        self.last_reply = max(self.last_reply, received)
        self.latencies.append(received - sent)
        got = [(c.text, c.buttons) for c in user.inbox[: len(expected)]]
        if got != [(e.text, e.buttons) for e in expected]:
            want = [e.text[:80] for e in expected]
            self.error("reply differs from the engine's", f"{event}: expected {want}, got {got}")
            return False
        return True

    async def run_user(self, user: User) -> None:
        while user.steps < MAX_STEPS:
            move = self.next_move(user)
            if move is None:
                break
            if not await self.step(user, *move):
                return
        else:
            self.error("questionnaire did not end", str(user.chat_id))
            return
        user.done = True
        final = "\n".join(e.text for e in user.expected)
        total = expected_total(self.kb, user.session)
        received = "\n".join(c.text for c in user.inbox)
        if total is None or total not in received or received != final:
            self.error("wrong result", f"expected {total!r} in {received[:300]!r}")
            return
        user.right_result = True

    async def pacer(self, rate: float, stop: asyncio.Event) -> None:
        """Release one ready user every 1/rate s; a tick with nobody ready is a starved one."""
        interval = 1.0 / rate
        next_t = time.perf_counter()
        while not stop.is_set():
            now = time.perf_counter()
            if now < next_t:
                await asyncio.sleep(next_t - now)
            elif now - next_t > 0.05:  # the bench fell behind: do not burst to catch up
                next_t = now
            if self.ready:
                self.ready.popleft().set_result(None)
            else:
                self.starved += 1
                await asyncio.sleep(0)
            next_t += interval


# ---- prefilled store ---------------------------------------------------------------------------


def finished_sessions(engine: Engine, kb: Knowledge, n: int, seed: int) -> list[str]:
    """JSON of `n` finished questionnaires, answered like the simulated users answer."""
    out = []
    rng = random.Random(seed)
    for i in range(n):
        s = Session(chat_id=i)
        event: Event = Command("start")
        for _ in range(MAX_STEPS):
            step = engine.step(s, event)
            s = step.session
            actions = [a for m in step.replies for a in m.actions]
            if RunCommand("modifier") in actions or not actions:
                break
            kind = free_kind(kb, s)
            if kind != "choice" and rng.random() < 0.5:
                event = Text(str(rng.randint(0, 100)))
            else:
                event = rng.choice(
                    [a for a in actions if not isinstance(a, (PlanReminders, CancelReminders))]
                )
        out.append(s.to_json())
    return out


async def prefill(
    data: Path, redis_url: str | None, count: int, engine: Engine, kb: Knowledge
) -> None:
    templates = finished_sessions(engine, kb, 50, seed=7)
    if redis_url:
        from bot.redis_store import RedisStore

        store: Any = RedisStore(redis_url)
    else:
        from bot.store import SqliteStore

        os.environ["FORFAIT_BOT_DATA"] = str(data)  # the file the bot opens: SqliteStore.default()
        store = SqliteStore.default()
    try:
        for i in range(count):
            s = Session.from_json(templates[i % len(templates)])
            s.chat_id = PREFILL_FIRST_CHAT + i
            await store.save(s)
        stored = await store.count()
    finally:
        await store.close()
    print(f"store prefilled: {stored} finished questionnaires")


# ---- the run -----------------------------------------------------------------------------------


async def run(args: argparse.Namespace) -> int:
    kb = load()
    engine = Engine(kb, faq=FaqResponder.from_knowledge(kb))
    # The bench's own collector set as the bot's (bot/telegram_run.py _tune_gc): it shares
    # the cores with the bot it measures.
    gc.collect()
    gc.freeze()
    gc.set_threshold(YOUNG_COLLECTION, *gc.get_threshold()[1:])
    sim = Simulator(args, kb, engine)
    workdir = Path(tempfile.mkdtemp(prefix="forfait-load-"))
    data = workdir / "data"
    data.mkdir()
    redis_server: RedisServer | None = None
    bots: list[BotProcess] = []
    api = FakeBotApi(on_call=sim.on_call, record=False)
    sim.api = api
    sampler: asyncio.Task[None] | None = None
    proxy = contextlib.ExitStack()
    proxy_pids: list[int] = []
    try:
        if args.store == "redis":
            redis_server = RedisServer(workdir)
            redis_server.wait_ready()
        redis_url = redis_server.url if redis_server else None
        if args.sessions:
            await prefill(data, redis_url, args.sessions, engine, kb)
        await api.start()
        env = bot_env(
            api, TOKEN, data, **({"FORFAIT_BOT_REDIS_URL": redis_url} if redis_url else {})
        )
        if args.max_rate:
            env["FORFAIT_BOT_MAX_RATE"] = f"{args.max_rate:g}"
        if args.concurrency:
            env["FORFAIT_BOT_CONCURRENCY"] = str(args.concurrency)
        if not args.private_pacing:  # simulated users answer within milliseconds
            env["FORFAIT_BOT_PRIVATE_PACING"] = "0"
        webhook = args.mode == "webhook"
        for i in range(args.replicas):
            bots.append(start_bot(f"bot{i + 1}", env, workdir, webhook))
        # The fake records only while starting (readiness), then just routes replies.
        api.record = True
        await wait_ready(api, bots)
        api.record = False
        api.calls.clear()
        await asyncio.sleep(1.0)  # let start-up settle (menu, first jobs) before measuring
        for b in bots:
            b.rss_start = b.rss_peak = rss_mb(b.proc.pid) or 0.0
            b.cpu_start = cpu_seconds(b.proc.pid) or 0.0
        ports = [b.port for b in bots if b.port is not None]
        if webhook and args.proxy:
            # Telegram's side: up to 40 connections (its default max_connections), over TLS.
            https, master = proxy.enter_context(
                nginx(workdir / "nginx", ports, path="/hook", trusted=("127.0.0.1",))
            )
            proxy_pids = children(master)
            tls = ssl.create_default_context()
            tls.check_hostname, tls.verify_mode = False, ssl.CERT_NONE
            sim.client = WebhookClient([https], "/hook", per_replica=40, tls=tls)
        elif webhook:
            sim.client = WebhookClient(ports, "/hook")
        proxy_cpu = sum(cpu_seconds(p) or 0.0 for p in proxy_pids)

        async def sample() -> None:
            while True:
                for b in bots:
                    b.sample()
                await asyncio.sleep(0.25)

        sampler = asyncio.ensure_future(sample())
        rng = random.Random(args.seed)
        for i in range(args.users):
            chat = FIRST_CHAT + i
            sim.users[chat] = User(chat, random.Random(rng.random()), Session(chat_id=chat))
        stop = asyncio.Event()
        pacer = asyncio.ensure_future(sim.pacer(args.rate, stop)) if args.rate else None
        started = time.perf_counter()
        sim.cpu_start = cpu_seconds(os.getpid()) or 0.0
        runs = asyncio.gather(*(sim.run_user(u) for u in sim.users.values()))
        try:
            await asyncio.wait_for(runs, args.timeout)
        except TimeoutError:
            sim.error("run stopped by --timeout")
        wall = time.perf_counter() - started
        stop.set()
        if pacer is not None:
            await pacer
        await asyncio.sleep(0.5)  # late or extra messages would show now
        for user in sim.users.values():
            if user.done and len(user.inbox) != len(user.expected):
                sim.error("extra message after the result", str(user.chat_id))
        for b in bots:
            b.sample()
            if b.proc.poll() is not None:
                sim.error(f"{b.name} died (exit {b.proc.returncode})")
        cpu = [(cpu_seconds(b.proc.pid) or b.cpu_start) - b.cpu_start for b in bots]
        report(args, sim, bots, wall, cpu)
        if proxy_pids:
            used = sum(cpu_seconds(p) or 0.0 for p in proxy_pids) - proxy_cpu
            share = 100 * used / max(wall, 1e-9)
            print(f"nginx worker: CPU {used:.1f} s ({share:.0f}% of one core)")
    finally:
        if sampler is not None:
            sampler.cancel()
        if sim.client is not None:
            sim.client.close()
        proxy.close()
        await stop_bots([b.proc for b in bots])
        for b in bots:
            for line in b.log_errors()[:3]:
                print(f"  {b.name} log: {line[:200]}")
            n = len(b.log_errors())
            if n:
                sim.error("error lines in the bot's log", f"{n} in {b.name}")
        await api.stop()
        if redis_server is not None:
            redis_server.stop()
        if args.keep:
            print(f"logs kept in {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    total_errors = sum(sim.errors.values())
    print(f"errors: {total_errors}" + "".join(f"\n  {k}: {v}" for k, v in sim.errors.items()))
    for kind, example in sim.examples.items():
        print(f"  e.g. {kind}: {example}")
    return 1 if total_errors else 0


def report(
    args: argparse.Namespace, sim: Simulator, bots: list[BotProcess], wall: float, cpu: list[float]
) -> None:
    users = list(sim.users.values())
    right = sum(u.right_result for u in users)
    limiter = f"{args.max_rate:g} messages/s" if args.max_rate else "none on replies (shipped)"
    pace = f"{args.rate:g} updates/s" if args.rate else "as fast as replies come"
    print("command: python -m bench.load_bench " + " ".join(sys.argv[1:]))
    print(
        f"config: mode={args.mode}{' through nginx' if args.proxy else ''} store={args.store} "
        f"replicas={args.replicas} "
        f"users={args.users} pace={pace} rate limiter={limiter}"
        + (f" prefilled sessions={args.sessions}" if args.sessions else "")
    )
    print(f"updates handled: {sim.updates} ({right}/{len(users)} users reached the right result)")
    span = (sim.last_reply - sim.first_sent) if sim.last_reply else wall
    print(f"end to end: {sim.updates / span:.0f} updates/s ({sim.updates} in {span:.1f} s)")
    if args.rate:
        print(f"pacer: {sim.starved} ticks with no user ready")
    ms = [x * 1000 for x in sim.latencies]
    print(
        f"reply latency: p50 {percentile(ms, 0.5):.1f} ms, p99 {percentile(ms, 0.99):.1f} ms, "
        f"max {max(ms, default=float('nan')):.1f} ms (update sent → complete reply received)"
    )
    for b, c in zip(bots, cpu, strict=True):
        print(
            f"memory {b.name}: RSS {b.rss_start:.1f} MB ready, {b.rss_peak:.1f} MB peak; "
            f"CPU {c:.1f} s ({100 * c / max(wall, 1e-9):.0f}% of one core)"
        )
    own = cpu_seconds(os.getpid()) or 0.0
    print(f"bench process (fake Bot API + simulator): CPU {own - sim.cpu_start:.1f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--mode", choices=["polling", "webhook"], default="polling")
    parser.add_argument("--store", choices=["sqlite", "redis"], default="sqlite")
    parser.add_argument("--replicas", type=int, choices=[1, 2], default=1)
    parser.add_argument("--rate", type=float, default=0.0, help="updates/s (default: closed loop)")
    parser.add_argument("--sessions", type=int, default=0, help="prefill the store first")
    parser.add_argument("--timeout", type=float, default=600.0, help="bound of the whole run (s)")
    parser.add_argument("--step-timeout", type=float, default=60.0, help="bound of one reply (s)")
    parser.add_argument("--seed", type=int, default=20250115)
    parser.add_argument(
        "--max-rate", type=float, default=0.0, help="FORFAIT_BOT_MAX_RATE of the bots (0: none)"
    )
    parser.add_argument(
        "--concurrency", type=int, default=0, help="FORFAIT_BOT_CONCURRENCY (0: the default)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the bots' logs")
    parser.add_argument(
        "--private-pacing",
        action="store_true",
        help="keep the shipped per-chat pace of private chats (10 messages in any 10 s)",
    )
    parser.add_argument(
        "--proxy",
        action="store_true",
        help="webhook through deploy/nginx-webhook.conf (TLS, one source address, as Telegram)",
    )
    args = parser.parse_args(argv)
    if args.proxy and args.mode != "webhook":
        parser.error("--proxy needs --mode webhook")
    if args.replicas == 2 and args.mode == "polling":
        parser.error("two replicas need --mode webhook (getUpdates allows one poller per bot)")
    if args.replicas == 2 and args.store == "sqlite":
        parser.error("two replicas share their sessions through --store redis")
    return asyncio.run(run(args))


if __name__ == "__main__":
    sys.exit(main())
