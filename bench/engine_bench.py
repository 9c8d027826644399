"""Engine and Telegram adapter speed, and stored session size: `python -m bench.engine_bench`.

Prints plain lines. Targets: one engine step median < 0.2 ms; the in-process Application
≥ 1 000 updates/s on 2 cores; a stored session < 4 KB.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import random
import statistics
import tempfile
import time
from pathlib import Path

from bot.actions import Action, Answer, ContinueHypothetical, RunCommand
from bot.engine import NSP, Engine
from bot.events import Command, Event, Text
from bot.session import Session
from bot.store import SqliteStore
from knowledge import Knowledge, load

TODAY = dt.date(2025, 1, 15)


def _pick(rng: random.Random, session: Session, actions: list[Action]) -> Event:
    """A plausible user move at the pending question: mostly taps, sometimes typing."""
    answers = [a for a in actions if isinstance(a, Answer)]
    if not answers:  # the failed-socle notice: go on to see everything
        hyp = ContinueHypothetical()
        return hyp if hyp in actions else actions[0]
    roll = rng.random()
    pending = session.pending or ""
    if ":" in pending or pending.endswith((".taux", ".nombre")):
        if roll < 0.5:
            return Text(rng.choice(["85", "92,5 %", "3", "je ne sais pas", "euh 70"]))
    elif roll < 0.1:
        return Text(rng.choice(["oui", "non", "je ne sais pas"]))
    return rng.choice(answers)


def _deep_link(key: tuple[str, str]) -> str:
    profession, exercice = key
    return f"{'dentiste' if profession == 'chirurgien-dentiste' else 'medecin'}_{exercice}"


def questionnaire(
    engine: Engine, key: tuple[str, str], rng: random.Random
) -> tuple[list[tuple[float, str]], Session]:
    """One full questionnaire: (seconds, kind of reply) of each step, and the last session.

    Kinds: "result", "notice" (the failed-socle notice: an estimate too), "question".
    """
    session = Session(chat_id=rng.randrange(1, 10**9))
    timings = []
    event: Event = Command("start", _deep_link(key))
    for _ in range(200):
        start = time.perf_counter()
        step = engine.step(session, event)
        elapsed = time.perf_counter() - start
        session = step.session
        actions = [a for m in step.replies for a in m.actions]
        done = RunCommand("modifier") in actions  # the result
        kind = "result" if done else "notice" if ContinueHypothetical() in actions else "question"
        timings.append((elapsed, kind))
        if done:
            break
        event = _pick(rng, session, actions)
    else:
        raise RuntimeError(f"questionnaire {key} did not end")
    return timings, session


def largest_session(engine: Engine) -> int:
    """Médecin 2023 with every component detailed and every rate typed: the stored bytes."""
    s = Session(chat_id=-1001234567890)  # a group id: the longest chat id
    step = engine.step(s, Command("start", "medecin_2023"))
    for _ in range(200):
        actions = [a for m in step.replies for a in m.actions]
        event: Event
        if RunCommand("modifier") in actions:
            return len(s.to_json().encode())
        if ContinueHypothetical() in actions:
            event = ContinueHypothetical()
        elif s.pending and Answer(s.pending, "detail") in actions:
            event = Answer(s.pending, "detail")
        elif s.pending and engine._describe(s, s.pending).free != "choice":
            event = Text("87,5")
        else:
            event = next(a for a in actions if isinstance(a, Answer))
        step = engine.step(s, event)
    raise RuntimeError("the médecin 2023 questionnaire did not end")


def engine_figures(
    kb: Knowledge, runs_per_scheme: int = 40
) -> tuple[list[tuple[float, str]], int, int]:
    engine = Engine(kb, today=lambda: TODAY)
    rng = random.Random(20250115)
    timings: list[tuple[float, str]] = []
    sizes: list[int] = []
    for key in sorted(kb.dispositifs):
        for _ in range(runs_per_scheme):
            t, session = questionnaire(engine, key, rng)
            timings += t
            sizes.append(len(session.to_json().encode()))
    return timings, max(sizes), largest_session(engine)


def _script(chat_id: int) -> list[tuple[str, str]]:
    """A chirurgien-dentiste 2024 who answers everything (the 1 240 € path)."""
    return [
        ("text", "/start dentiste_2024"),
        ("button", "a:logiciel_dmp.flux:oui"),
        ("button", "a:cdc_sesam_vitale.version:oui"),
        ("text", "oui"),
        ("text", "85,5 %"),
        ("button", "a:messagerie_securisee.bal:personnelle"),
        ("button", "a:prise_en_charge_coordonnee.forme:structure"),
        ("text", "3"),
        ("button", "a:accueil_etudiant.stage:" + ("oui" if chat_id % 2 else NSP)),
    ]


async def application_throughput(kb: Knowledge, chats: int = 150) -> tuple[float, int]:
    from telegram import Update

    from bot.outbox import UNPACED, ChatPacing
    from bot.telegram_app import build_application
    from tests.telegram_harness import TOKEN, RecordingRequest, Updates

    with tempfile.TemporaryDirectory() as tmp:
        store = SqliteStore(Path(tmp) / "bench.sqlite3")
        request = RecordingRequest()
        engine = Engine(kb, today=lambda: TODAY)
        # Private chats unpaced, as in bench/load_bench.py: the bench's chats answer within
        # microseconds, and Telegram's per-chat pace would be measured instead of the bot.
        unpaced = ChatPacing(private=UNPACED)
        app = build_application(TOKEN, engine=engine, store=store, request=request, pacing=unpaced)
        await app.initialize()
        updates = Updates()
        per_chat = []
        for chat in range(1, chats + 1):
            steps = []
            for kind, value in _script(chat):
                is_text = kind == "text"
                raw = updates.message(chat, value) if is_text else updates.callback(chat, value)
                steps.append(Update.de_json(raw, app.bot))
            per_chat.append(steps)

        async def run(steps: list[Update]) -> None:
            for update in steps:
                await app.process_update(update)

        start = time.perf_counter()
        await asyncio.gather(*(run(steps) for steps in per_chat))  # chats in parallel
        await app.bot_data["adapter"].outbox.join()  # replies leave through per-chat queues
        elapsed = time.perf_counter() - start
        await app.shutdown()
        await store.close()
    total = sum(len(s) for s in per_chat)
    sent = sum(1 for c in request.calls if c.method == "sendMessage")
    assert sent >= total, "every update gets a reply"
    return total / elapsed, total


def main() -> None:
    kb = load()
    timings, max_size, medecin_size = engine_figures(kb)

    def p99(values: list[float]) -> float:
        return sorted(values)[min(len(values) - 1, int(len(values) * 0.99))]

    ms = [t * 1000 for t, _ in timings]
    by_kind = {k: [t * 1000 for t, kind in timings if kind == k] for k in ("question", "notice")}
    results = [t * 1000 for t, kind in timings if kind == "result"]
    print(f"engine steps measured: {len(ms)} ({len(results)} full questionnaires)")
    print(f"engine step median: {statistics.median(ms):.3f} ms")
    print(f"engine step p99: {p99(ms):.3f} ms")
    print(f"engine step p99, next question only: {p99(by_kind['question']):.3f} ms")
    print(f"engine step median, failed-socle notice: {statistics.median(by_kind['notice']):.3f} ms")
    print(f"engine step median, result: {statistics.median(results):.3f} ms")
    asyncio.run(application_throughput(kb, chats=20))  # warm-up: imports, first renders
    runs = [asyncio.run(application_throughput(kb)) for _ in range(3)]
    rate, n = statistics.median(r for r, _ in runs), runs[0][1]
    print(
        f"application throughput: {rate:.0f} updates/s "
        f"(median of 3 runs of {n} updates from 150 chats in parallel, SQLite store on disk)"
    )
    print(f"stored session size, médecin 2023 with every detail: {medecin_size} bytes")
    print(f"stored session size, largest simulated: {max_size} bytes")


if __name__ == "__main__":
    main()
