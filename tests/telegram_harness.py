"""An in-process Telegram for tests, the way python-telegram-bot tests itself.

`RecordingRequest` is a `BaseRequest` that records every Bot API call (method + parameters)
and answers it like the Bot API would; `TelegramHarness` feeds `Update.de_json(...)` to the
real `Application.process_update` and checks, for every update, that the chat got at least
one reply, that no other chat got one, and that a callback query was answered before any
message was sent. `quiet` processes an update that must get no reply (a group message not
addressed to the bot), `inline` an inline query; `open_harness` starts an Application with
extra `build_application` options (advisors, retry policy, another store).

Replies leave through the outbox's per-chat queues after processing: `settle(app)` waits until
they are all sent. The harness paces them in a `VirtualTime`, so Telegram's per-chat limits
apply without the tests waiting for them.
"""

from __future__ import annotations

import itertools
import json
import re
import time
from dataclasses import dataclass, field
from typing import Any

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import Application
from telegram.request import BaseRequest, RequestData

from bot.outbox import ChatPacing

UPDATE_IDS = itertools.count(1)
REPLIES = ("sendMessage", "sendPhoto", "sendDocument")  # what a chat gets as an answer
EDITS = ("editMessageText",)  # a message shown again, changed (an answer confirmed)
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


# Messages without text, as Telegram sends them: each gets the "text only" reply in private.
ATTACHMENTS = [
    {"photo": [{"file_id": "p", "file_unique_id": "p1", "width": 90, "height": 90}]},
    {
        "sticker": {
            "file_id": "s",
            "file_unique_id": "s1",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
        }
    },
    {"voice": {"file_id": "v", "file_unique_id": "v1", "duration": 3}},
    {"document": {"file_id": "d", "file_unique_id": "d1"}, "caption": "mon relevé 85 %"},
    {"location": {"latitude": 48.85, "longitude": 2.35}},
    {"contact": {"phone_number": "+33100000000", "first_name": "Cabinet"}},
    {"dice": {"emoji": "🎲", "value": 3}},
]


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # name: (filename, data)
    message_id: int | None = None  # the id of the message sent or edited

    @property
    def chat_id(self) -> int | None:
        chat = self.params.get("chat_id")
        return int(chat) if chat is not None else None

    @property
    def text(self) -> str:
        """The message's text, or a file's caption."""
        return str(self.params.get("text", self.params.get("caption", "")) or "")

    @property
    def buttons(self) -> list[tuple[str, str]]:
        """(label, callback data) of the inline keyboard, row after row (a web app button:
        (label, its URL); a share button: (label, its inline query))."""
        markup = self.params.get("reply_markup") or {}
        if isinstance(markup, str):
            markup = json.loads(markup)
        rows = markup.get("inline_keyboard", [])
        return [
            (b["text"], b["web_app"]["url"] if "web_app" in b else _data(b))
            for row in rows
            for b in row
        ]


def _data(button: dict[str, Any]) -> str:
    return str(button.get("callback_data", button.get("switch_inline_query")))


def plain(text: str) -> str:
    """Telegram HTML to comparable text: tags dropped, narrow and no-break spaces normalised."""
    text = re.sub(r"</?(b|i|a|code|pre)(\s[^>]*)?>", "", text)
    text = text.replace("&#39;", "'").replace("&quot;", '"')
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return text.replace("\u202f", " ").replace("\xa0", " ")


class RecordingRequest(BaseRequest):
    """Answers the Bot API in process and records every call."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self._message_ids = itertools.count(1000)
        # Per method, in order: an error answer (code, description, parameters) or an exception.
        self._failures: dict[str, list[tuple[int, str, dict[str, Any] | None] | Exception]] = {}

    @property
    def read_timeout(self) -> float | None:
        return 5.0

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    def fail_next(
        self, method: str, code: int, description: str, parameters: dict[str, Any] | None = None
    ) -> None:
        """Make the next call of `method` fail the way the Bot API does (`parameters`:
        e.g. {"retry_after": 3} for flood control)."""
        self._failures.setdefault(method, []).append((code, description, parameters))

    def raise_next(self, method: str, error: TelegramError) -> None:
        """Make the next call of `method` raise, as the network layer does (e.g. TimedOut)."""
        self._failures.setdefault(method, []).append(error)

    def calls_to(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

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
        files = {}
        if request_data is not None and request_data.contains_files:
            files = {k: (v[0], v[1]) for k, v in request_data.multipart_data.items()}
        call = Call(name, params, files)
        self.calls.append(call)
        failures = self._failures.get(name)
        if failures:
            failure = failures.pop(0)
            if isinstance(failure, Exception):
                raise failure
            code, description, parameters = failure
            body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
            if parameters:
                body["parameters"] = parameters
            return code, json.dumps(body).encode()
        result = self.result(name, params)
        if isinstance(result, dict):
            call.message_id = result.get("message_id")
        return 200, json.dumps({"ok": True, "result": result}).encode()

    def result(self, name: str, params: dict[str, Any]) -> Any:
        if name == "getMe":
            return BOT_USER
        if name == "getUpdates":
            return []
        if name in ("sendMessage", "editMessageText", "sendPhoto", "sendDocument"):
            chat_id = int(params["chat_id"])
            return {
                "message_id": int(params.get("message_id") or next(self._message_ids)),
                "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
                "from": BOT_USER,
                "text": params.get("text", ""),
            }
        return True


@dataclass
class Updates:
    """Builds Bot API update dicts with increasing update ids."""

    # Shared by every harness: like Telegram's, update ids keep increasing across a restart.
    counter: itertools.count = field(default_factory=lambda: UPDATE_IDS)

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

    def forwarded(self, chat_id: int, text: str) -> dict[str, Any]:
        """A message forwarded from someone else (here: a user who hides their account)."""
        origin = {"type": "hidden_user", "date": int(time.time()), "sender_user_name": "Dr X"}
        return self.message(chat_id, text, forward_origin=origin)

    def reply_to_bot(self, chat_id: int, text: str) -> dict[str, Any]:
        """A message answering one of the bot's messages."""
        replied = {
            "message_id": 999,
            "date": int(time.time()),
            "chat": self._chat(chat_id),
            "from": BOT_USER,
            "text": "(une réponse du bot)",
        }
        return self.message(chat_id, text, reply_to_message=replied)

    def inline_query(self, user_id: int, query: str) -> dict[str, Any]:
        n = next(self.counter)
        return {
            "update_id": n,
            "inline_query": {
                "id": f"iq{n}",
                "from": self._user(user_id),
                "query": query,
                "offset": "",
            },
        }

    def callback(
        self, chat_id: int, data: str, message_id: int = 1, text: str = "(question)"
    ) -> dict[str, Any]:
        """A tap on a button; `text` is the text of the message that carries the keyboard."""
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
                    "text": text,
                },
            },
        }


class VirtualTime:
    """A clock that moves only when slept on: pacing waits cost no real time."""

    def __init__(self) -> None:
        self.now = 0.0

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += max(seconds, 0.0)


def virtual_pacing() -> ChatPacing:
    time = VirtualTime()
    return ChatPacing(clock=time.clock, sleep=time.sleep)


async def settle(app: Application) -> None:
    """Until every reply queued by the processed updates has been sent."""
    await app.bot_data["adapter"].outbox.join()


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
        await settle(self.app)
        calls = self.request.calls[start:]
        sent = [c for c in calls if c.method in REPLIES]
        assert sent, f"no reply to update {update}"
        assert all(c.chat_id == chat_id for c in sent), "a reply went to another chat"
        if "callback_query" in update:
            answers = [i for i, c in enumerate(calls) if c.method == "answerCallbackQuery"]
            assert len(answers) == 1, "the callback query must be answered exactly once"
            assert calls[answers[0]].params["callback_query_id"] == update["callback_query"]["id"]
            first_send = next(i for i, c in enumerate(calls) if c.method in REPLIES)
            assert answers[0] < first_send, "answer the callback query before replying"
        return sent

    async def send(self, chat_id: int, text: str) -> list[Call]:
        return await self.process(self.updates.message(chat_id, text), chat_id)

    async def tap(
        self, chat_id: int, data: str, text: str = "(question)", message_id: int = 1
    ) -> list[Call]:
        update = self.updates.callback(chat_id, data, message_id, text)
        return await self.process(update, chat_id)

    async def tap_label(self, chat_id: int, label: str, back: int = 0) -> list[Call]:
        """Tap the button with this label under the chat's last keyboard (the callback carries
        that message's id and text, as Telegram's does). `back`: a keyboard that many before
        the last, even one edited away since (a quick second tap, before the edit)."""
        with_buttons = [c for c in self.sent(chat_id) if c.buttons]
        if not back:
            with_buttons = [c for c in with_buttons if c.message_id not in self.edited(chat_id)]
        under = with_buttons[-1 - back] if len(with_buttons) > back else None
        buttons = dict(under.buttons) if under else {}
        assert under and label in buttons, f"no button « {label} » in {list(buttons)}"
        return await self.tap(chat_id, buttons[label], plain(under.text), under.message_id or 1)

    def edits(self, chat_id: int) -> list[Call]:
        """The messages edited in the chat (answers confirmed over their question)."""
        return [c for c in self.request.calls if c.method in EDITS and c.chat_id == chat_id]

    def edited(self, chat_id: int) -> set[int]:
        """The ids of the chat's messages edited without a keyboard: theirs is gone."""
        return {
            c.message_id
            for c in self.edits(chat_id)
            if c.message_id is not None and not c.params.get("reply_markup")
        }

    async def quiet(self, update: dict[str, Any]) -> list[Call]:
        """Process an update that may get no reply; return every Bot API call it caused."""
        start = len(self.request.calls)
        await self.app.process_update(Update.de_json(update, self.app.bot))
        await settle(self.app)
        return self.request.calls[start:]

    async def inline(self, user_id: int, query: str) -> Call:
        """Send an inline query; return the answerInlineQuery call (exactly one)."""
        calls = await self.quiet(self.updates.inline_query(user_id, query))
        answers = [c for c in calls if c.method == "answerInlineQuery"]
        assert len(answers) == 1, calls
        assert not [c for c in calls if c.method == "sendMessage"], "inline mode sends nothing"
        return answers[0]

    async def close(self) -> None:
        await self.app.bot_data["adapter"].outbox.close()
        await self.app.shutdown()

    def sent(self, chat_id: int) -> list[Call]:
        return [c for c in self.request.calls if c.method in REPLIES and c.chat_id == chat_id]

    def keyboard(self, chat_id: int) -> list[tuple[str, str]]:
        """The buttons of the last message with a keyboard still shown in the chat."""
        gone = self.edited(chat_id)
        with_buttons = [c for c in self.sent(chat_id) if c.buttons and c.message_id not in gone]
        return with_buttons[-1].buttons if with_buttons else []

    def last_text(self, chat_id: int) -> str:
        return plain(self.sent(chat_id)[-1].text)


async def open_harness(engine: Any, store: Any, **options: Any) -> TelegramHarness:
    """The real Application on a recording request, initialised and its post_init run;
    `options` go to `build_application` (advisors, retry, …). Close it with `close()`."""
    from bot.telegram_app import build_application

    request = RecordingRequest()
    options.setdefault("pacing", virtual_pacing())
    app = build_application(
        TOKEN,
        engine=engine,
        store=store,
        request=request,
        updates_request=RecordingRequest(),
        **options,
    )
    await app.initialize()
    if app.post_init is not None:
        await app.post_init(app)
    return TelegramHarness(app, request)


def texts(calls: list[Call]) -> str:
    """All the texts of some sent messages, as comparable plain text."""
    return "\n".join(plain(c.text) for c in calls)
