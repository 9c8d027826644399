"""Pacing of bulk sends (broadcasts, reminders) under Telegram's notification limit.

Telegram lets a bot send about 30 messages per second when it notifies many users; replies to
people who just wrote are not paced here (Telegram answers an excess with RetryAfter, which
`with_retry` honours). Each process paces its own bulk sends: with several replicas, give
each one its share of the limit (FORFAIT_BOT_BULK_RATE).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

BULK_RATE = 25.0  # messages/s per process, under Telegram's ~30 with room for replies


class Pacer:
    """At most `rate` calls of `wait()` return per second, in call order; rate 0: no pacing."""

    def __init__(
        self,
        rate: float = BULK_RATE,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    ) -> None:
        self.interval = 1.0 / rate if rate > 0 else 0.0
        self.clock = clock
        self.sleep = sleep
        self._next = 0.0

    async def wait(self) -> None:
        if not self.interval:
            return
        now = self.clock()
        slot = max(now, self._next)
        self._next = slot + self.interval  # reserved before awaiting: no lock needed
        if slot > now:
            await self.sleep(slot - now)
