"""The SQLite worker thread answers calls queued together one by one: each gets its own result
or error, in order; once closed, a call fails at once instead of waiting forever."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest

from bot.store import SqliteStore, _Worker


def test_calls_queued_together_get_their_own_results_in_order(tmp_path: Path) -> None:
    async def main() -> None:
        worker = _Worker(str(tmp_path / "w.sqlite3"), "test-worker")
        order: list[int] = []

        def call(i: int):
            def run(db: sqlite3.Connection) -> int:
                order.append(i)
                if i == 3:
                    raise ValueError("three")
                return db.execute("SELECT ?", (i * 10,)).fetchone()[0]

            return run

        results = await asyncio.gather(
            *(worker.run(call(i)) for i in range(8)), return_exceptions=True
        )
        assert order == list(range(8))
        assert [r if not isinstance(r, ValueError) else "error" for r in results] == [
            0,
            10,
            20,
            "error",
            40,
            50,
            60,
            70,
        ]
        await worker.close()

    asyncio.run(main())


def test_a_closed_store_refuses_calls(tmp_path: Path) -> None:
    async def main() -> None:
        store = SqliteStore(tmp_path / "s.sqlite3")
        assert await store.count() == 0
        await store.close()
        with pytest.raises(RuntimeError):
            await store.count()

    asyncio.run(main())
