"""The real `forfait-bot run` as a subprocess, polling a fake Bot API on 127.0.0.1."""

from __future__ import annotations

import contextlib
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from bench.fake_bot_api import FakeBotApi, bot_env

TOKEN = "424242:CRASH-test-not-a-real-token-abcdef"
START_TIMEOUT = 30.0  # start-up is about 2.5 s; generous for a loaded CI machine
FORFAIT_BOT = Path(sys.executable).with_name("forfait-bot")


def run_env(api: FakeBotApi, data: Path, **extra: str) -> dict[str, str]:
    return bot_env(api, TOKEN, data, PYTHONUNBUFFERED="1", **extra)


class BotProcess:
    """One `forfait-bot run`; stderr goes to a file, read after the process is gone."""

    def __init__(self, api: FakeBotApi, data: Path, name: str) -> None:
        self.api = api
        self.log = data / f"{name}.stderr"
        start = len(api.calls)
        self.proc = subprocess.Popen(
            [str(FORFAIT_BOT), "run"],
            env=run_env(api, data),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=self.log.open("w"),
        )
        try:
            # Polling has begun once the first getUpdates of this process arrives.
            api.wait_for(lambda c: c.method == "getUpdates", START_TIMEOUT, start)
        except TimeoutError:
            self.stop()
            raise AssertionError(f"forfait-bot run did not start:\n{self.stderr()}") from None

    def kill(self) -> None:
        """SIGKILL: no shutdown hook runs, nothing is flushed."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)

    def stop(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            self.kill()

    def stderr(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def assert_clean(self) -> None:
        err = self.stderr()
        assert "Traceback" not in err and " ERROR " not in err, err[-3000:]


@contextlib.contextmanager
def bot(api: FakeBotApi, data: Path, name: str) -> Iterator[BotProcess]:
    process = BotProcess(api, data, name)
    try:
        yield process
    finally:
        process.stop()  # never left behind, whatever the test did
