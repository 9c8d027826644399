"""forfait-bot next to its peers, in the same run (issue 13, item 11).

    python -m bench.peers [--users 1000] [--rate 200] [--scale]

Runs the same closed-loop load (every simulated user sends its next update as soon as the
whole reply to the previous one came; `--rate R`: R updates/s instead) through, in turn:
- the bare python-telegram-bot bot of `bench/peer_bot.py` (the framework's ceiling here);
- the canonical ConversationHandler + PicklePersistence questionnaire of the same length;
- forfait-bot itself, through `bench/load_bench.py` (its own questionnaire, every reply
  checked);
then prints this bot's throughput and p99 latency as ratios of both peers. `--scale` adds
the scale-out ratio: two replicas over one, webhook and Redis behind the shipped nginx.
Each peer runs as its own process against the fake Bot API on 127.0.0.1, like the bot.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.fake_bot_api import ApiCall, FakeBotApi, bot_env
from bench.load_bench import FIRST_CHAT, TOKEN, percentile, stop_bots
from bench.peer_bot import QUESTIONS


@dataclass
class Figures:
    name: str
    updates_per_s: float
    p99_ms: float


class Driver:
    """Users of a peer: /start, then QUESTIONS taps, each after the reply to the last."""

    def __init__(self, api: FakeBotApi, users: int, rate: float) -> None:
        self.api = api
        self.users = users
        self.rate = rate
        self.waiters: dict[int, asyncio.Future[float]] = {}
        self.latencies: list[float] = []
        self.ids = iter(range(1, 10**9))
        self.tokens: asyncio.Queue[None] = asyncio.Queue()

    def on_call(self, call: ApiCall) -> None:
        if call.method == "sendMessage":
            waiter = self.waiters.get(call.chat_id or 0)
            if waiter is not None and not waiter.done():
                waiter.set_result(call.t)

    def _update(self, chat: int, first: bool) -> dict:
        n = next(self.ids)
        user = {"id": chat, "is_bot": False, "first_name": "Docteur"}
        message = {
            "message_id": n,
            "date": int(time.time()),
            "chat": {"id": chat, "type": "private", "first_name": "Docteur"},
            "from": user,
        }
        if first:
            entity = [{"type": "bot_command", "offset": 0, "length": 6}]
            return {"update_id": n, "message": {**message, "text": "/start", "entities": entity}}
        query = {"id": f"q{n}", "from": user, "chat_instance": f"c{chat}", "data": "oui"}
        return {"update_id": n, "callback_query": {**query, "message": {**message, "text": "?"}}}

    async def user(self, chat: int) -> None:
        for step in range(QUESTIONS + 1):
            if self.rate:
                await self.tokens.get()
            waiter = asyncio.get_running_loop().create_future()
            self.waiters[chat] = waiter
            sent = time.perf_counter()
            self.api.push(self._update(chat, step == 0))
            received = await asyncio.wait_for(waiter, 60)
            self.latencies.append(received - sent)

    async def pace(self) -> None:
        interval, next_t = 1.0 / self.rate, time.perf_counter()
        while True:
            next_t += interval
            await asyncio.sleep(max(0.0, next_t - time.perf_counter()))
            self.tokens.put_nowait(None)

    async def run(self) -> tuple[float, float]:
        pacer = asyncio.ensure_future(self.pace()) if self.rate else None
        started = time.perf_counter()
        await asyncio.gather(*(self.user(FIRST_CHAT + i) for i in range(self.users)))
        wall = time.perf_counter() - started
        if pacer is not None:
            pacer.cancel()
        return len(self.latencies) / wall, percentile(self.latencies, 0.99) * 1000


async def peer(kind: str, users: int, rate: float) -> Figures:
    with tempfile.TemporaryDirectory(prefix="forfait-peer-") as tmp:
        driver: Driver | None = None
        api = FakeBotApi(on_call=lambda c: driver.on_call(c) if driver else None, record=True)
        await api.start()
        env = bot_env(api, TOKEN, Path(tmp))
        log = Path(tmp) / "peer.stderr"
        proc = subprocess.Popen(
            [sys.executable, "-m", "bench.peer_bot", kind],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=log.open("w"),
        )
        try:
            deadline = time.monotonic() + 60
            while not any(c.method == "getUpdates" for c in api.calls):
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError(f"{kind} n'a pas démarré :\n{log.read_text()[-2000:]}")
                await asyncio.sleep(0.05)
            api.record = False
            await asyncio.sleep(1.0)
            driver = Driver(api, users, rate)
            per_s, p99 = await driver.run()
        finally:
            await stop_bots([proc])
            await api.stop()
    return Figures(kind, per_s, p99)


def ours(argv: list[str], name: str = "forfait-bot") -> Figures:
    """`bench.load_bench` with these arguments, its figures read from what it prints."""
    out = subprocess.run(
        [sys.executable, "-m", "bench.load_bench", *argv], capture_output=True, text=True
    ).stdout
    print("\n".join("    " + line for line in out.splitlines()))
    speed = re.search(r"end to end: (\d+) updates/s", out)
    p99 = re.search(r"p99 ([\d.]+) ms", out)
    if speed is None or p99 is None or "errors: 0" not in out:
        raise SystemExit(f"load_bench failed:\n{out}")
    return Figures(name, float(speed.group(1)), float(p99.group(1)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--rate", type=float, default=0.0, help="updates/s for the p99 run")
    parser.add_argument("--scale", action="store_true", help="also two replicas over one")
    args = parser.parse_args(argv)
    load = ["--users", str(args.users)]
    rows = [asyncio.run(peer(kind, args.users, 0)) for kind in ("bare", "conversation")]
    rows.append(ours(load))
    if args.rate:
        rows.append(asyncio.run(peer("bare", args.users, args.rate)))
        rows[-1].name = f"bare at {args.rate:g}/s"
        rows.append(ours([*load, "--rate", f"{args.rate:g}"], f"forfait-bot at {args.rate:g}/s"))
    print(f"{'':28} {'updates/s':>10} {'p99 ms':>8}")
    for r in rows:
        print(f"{r.name:28} {r.updates_per_s:10.0f} {r.p99_ms:8.1f}")
    bare, conversation, bot = rows[0], rows[1], rows[2]
    print(
        f"forfait-bot / bare PTB: {bot.updates_per_s / bare.updates_per_s:.2f} × throughput, "
        f"{bot.p99_ms / bare.p99_ms:.2f} × p99"
    )
    print(
        f"forfait-bot / ConversationHandler + PicklePersistence: "
        f"{bot.updates_per_s / conversation.updates_per_s:.2f} × throughput, "
        f"{bot.p99_ms / conversation.p99_ms:.2f} × p99"
    )
    if args.scale:
        hook = ["--mode", "webhook", "--store", "redis", "--proxy", *load]
        one = ours([*hook, "--replicas", "1"], "1 replica")
        two = ours([*hook, "--replicas", "2"], "2 replicas")
        print(f"two replicas / one (nginx, Redis): {two.updates_per_s / one.updates_per_s:.2f} ×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
