"""An in-process Telegram for tests, the way python-telegram-bot tests itself.

`RecordingRequest` is a `BaseRequest` that records every Bot API call (method + parameters)
and answers it like the Bot API would; `TelegramHarness` feeds `Update.de_json(...)` to the
real `Application.process_update` and checks, for every update, that the chat got at least
one reply, that no other chat got one, and that a callback query was answered before any
message was sent.
"""

from __future__ import annotations

import itertools
import json
import re
import time
from dataclasses import dataclass, field
from typing import Any

from telegram import Update
from telegram.ext import Application
from telegram.request import BaseRequest, RequestData

TOKEN = "123456:TEST-not-a-real-token-abcdefghijkl"
BOT_USERNAME = "forfait_test_bot"
BOT_USER = {
    "id": 123456,
    "is_bot": True,
    "first_name": "Forfait",
    "username": BOT_USERNAME,
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}


@dataclass
class Call:
    method: str
    params: dict[str, Any]

    @property
    def chat_id(self) -> int | None:
        chat = self.params.get("chat_id")
        return int(chat) if chat is not None else None

    @property
    def text(self) -> str:
        return str(self.params.get("text", ""))

    @property
    def buttons(self) -> list[tuple[str, str]]:
        """(label, callback data) of the inline keyboard, row after row."""
        markup = self.params.get("reply_markup") or {}
        if isinstance(markup, str):
            markup = json.loads(markup)
        rows = markup.get("inline_keyboard", [])
        return [(b["text"], b["callback_data"]) for row in rows for b in row]


def plain(text: str) -> str:
    """Telegram HTML to comparable text: tags dropped, narrow and no-break spaces normalised."""
    text = re.sub(r"</?(b|i|a|code)(\s[^>]*)?>", "", text)
    text = text.replace("&#39;", "'").replace("&quot;", '"')
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return text.replace("\u202f", " ").replace("\xa0", " ")


class RecordingRequest(BaseRequest):
    """Answers the Bot API in process and records every call."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self._message_ids = itertools.count(1000)
        self._failures: dict[str, list[tuple[int, str]]] = {}

    @property
    def read_timeout(self) -> float | None:
        return 5.0

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    def fail_next(self, method: str, code: int, description: str) -> None:
        """Make the next call of `method` fail the way the Bot API does."""
        self._failures.setdefault(method, []).append((code, description))

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        name = url.rsplit("/", 1)[-1]
        params = request_data.parameters if request_data is not None else {}
        self.calls.append(Call(name, params))
        failures = self._failures.get(name)
        if failures:
            code, description = failures.pop(0)
            body = {"ok": False, "error_code": code, "description": description}
            return code, json.dumps(body).encode()
        return 200, json.dumps({"ok": True, "result": self.result(name, params)}).encode()

    def result(self, name: str, params: dict[str, Any]) -> Any:
        if name == "getMe":
            return BOT_USER
        if name == "getUpdates":
            return []
        if name in ("sendMessage", "editMessageText"):
            chat_id = int(params["chat_id"])
            return {
                "message_id": params.get("message_id") or next(self._message_ids),
                "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
                "from": BOT_USER,
                "text": params.get("text", ""),
            }
        return True


@dataclass
class Updates:
    """Builds Bot API update dicts with increasing update ids."""

    counter: itertools.count = field(default_factory=lambda: itertools.count(1))

    @staticmethod
    def _chat(chat_id: int) -> dict[str, Any]:
        if chat_id < 0:
            return {"id": chat_id, "type": "supergroup", "title": "Cabinet"}
        return {"id": chat_id, "type": "private", "first_name": "Docteur"}

    @staticmethod
    def _user(chat_id: int) -> dict[str, Any]:
        return {"id": abs(chat_id), "is_bot": False, "first_name": "Docteur"}

    def message(self, chat_id: int, text: str | None = None, **extra: Any) -> dict[str, Any]:
        n = next(self.counter)
        msg: dict[str, Any] = {
            "message_id": n,
            "date": int(time.time()),
            "chat": self._chat(chat_id),
            "from": self._user(chat_id),
            **extra,
        }
        if text is not None:
            msg["text"] = text
            if text.startswith("/"):
                msg["entities"] = [
                    {"type": "bot_command", "offset": 0, "length": len(text.split()[0])}
                ]
        return {"update_id": n, "message": msg}

    def callback(self, chat_id: int, data: str, message_id: int = 1) -> dict[str, Any]:
        n = next(self.counter)
        return {
            "update_id": n,
            "callback_query": {
                "id": f"cq{n}",
                "from": self._user(chat_id),
                "chat_instance": f"ci{chat_id}",
                "data": data,
                "message": {
                    "message_id": message_id,
                    "date": int(time.time()),
                    "chat": self._chat(chat_id),
                    "from": BOT_USER,
                    "text": "(question)",
                },
            },
        }


class TelegramHarness:
    """Drives a real Application through `process_update` and checks the reply invariants."""

    def __init__(self, app: Application, request: RecordingRequest) -> None:
        self.app = app
        self.request = request
        self.updates = Updates()

    async def process(self, update: dict[str, Any], chat_id: int) -> list[Call]:
        """Process one update; return the messages sent to the chat, after checking that
        there is at least one, none to another chat, and the callback query answered first."""
        start = len(self.request.calls)
        await self.app.process_update(Update.de_json(update, self.app.bot))
        calls = self.request.calls[start:]
        sent = [c for c in calls if c.method == "sendMessage"]
        assert sent, f"no reply to update {update}"
        assert all(c.chat_id == chat_id for c in sent), "a reply went to another chat"
        if "callback_query" in update:
            answers = [i for i, c in enumerate(calls) if c.method == "answerCallbackQuery"]
            assert len(answers) == 1, "the callback query must be answered exactly once"
            assert calls[answers[0]].params["callback_query_id"] == update["callback_query"]["id"]
            first_send = next(i for i, c in enumerate(calls) if c.method == "sendMessage")
            assert answers[0] < first_send, "answer the callback query before replying"
        return sent

    async def send(self, chat_id: int, text: str) -> list[Call]:
        return await self.process(self.updates.message(chat_id, text), chat_id)

    async def tap(self, chat_id: int, data: str) -> list[Call]:
        return await self.process(self.updates.callback(chat_id, data), chat_id)

    async def tap_label(self, chat_id: int, label: str) -> list[Call]:
        """Tap the button with this label under the chat's last keyboard."""
        buttons = dict(self.keyboard(chat_id))
        assert label in buttons, f"no button « {label} » in {list(buttons)}"
        return await self.tap(chat_id, buttons[label])

    def sent(self, chat_id: int) -> list[Call]:
        return [c for c in self.request.calls if c.method == "sendMessage" and c.chat_id == chat_id]

    def keyboard(self, chat_id: int) -> list[tuple[str, str]]:
        """The buttons of the last message with a keyboard sent to the chat."""
        with_buttons = [c for c in self.sent(chat_id) if c.buttons]
        return with_buttons[-1].buttons if with_buttons else []

    def last_text(self, chat_id: int) -> str:
        return plain(self.sent(chat_id)[-1].text)


def texts(calls: list[Call]) -> str:
    """All the texts of some sent messages, as comparable plain text."""
    return "\n".join(plain(c.text) for c in calls)
